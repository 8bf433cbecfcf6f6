# macOS packaging: phasic-traces as an app bundle with ipfs:// and phasic-traces:// URL types
# shipped in a DragNDrop .dmg through CPack.
# UNTESTED: written on Linux; it has never been built or run on macOS. Before packaging, Qt's
# frameworks must be copied into the bundle, e.g.
#   macdeployqt <install>/phasic-traces.app
# and app/CMakeLists.txt must install the bundle:  install(TARGETS phasic-traces
#   BUNDLE DESTINATION . RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(PT_MACOS_BUNDLE_ID "io.github.munch-group.PhasicTraces")
if(TARGET phasic-traces)
    set_target_properties(phasic-traces PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${PT_MACOS_BUNDLE_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "Phasic Traces"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    # No .icns is checked in yet: make one from resources/icons/phasic-traces.svg (iconutil)
    # and set MACOSX_BUNDLE_ICON_FILE + add it to the bundle's Resources.
endif()
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Phasic Traces")
set(CPACK_DMG_FORMAT "UDZO")
