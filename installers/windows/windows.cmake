# Windows packaging: an NSIS installer through CPack, with the ipfs:// and phasic-traces:// URL
# schemes registered (HKCR) by the installer and removed by the uninstaller.
# UNTESTED: written on Linux from the CPack NSIS documentation; it has never been built or run
# on Windows. Qt's DLLs must be deployed next to the executables first, e.g. with
#   windeployqt --release --no-translations <install>/bin/phasic-traces.exe
# (Qt 6.5+ offers qt_generate_deploy_app_script for this; Qt 6.4 does not).
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "Phasic Traces")
set(CPACK_NSIS_DISPLAY_NAME "Phasic Traces ${PROJECT_VERSION}")
# No .ico is checked in yet: render one from resources/icons/phasic-traces.svg and set
# CPACK_NSIS_MUI_ICON / CPACK_NSIS_MUI_UNIICON to it.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\phasic-traces.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put phasic-traces-cli on PATH
set(CPACK_PACKAGE_EXECUTABLES "phasic-traces" "Phasic Traces")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")

# URL schemes: HKCR\<scheme> with "URL Protocol" and an open command passing the URL as %1,
# the layout Windows documents for "Registering an Application to a URI Scheme".
set(pt_nsis_install "")
set(pt_nsis_uninstall "")
foreach(scheme ipfs phasic-traces)
    string(APPEND pt_nsis_install
        "WriteRegStr HKCR '${scheme}' '' 'URL:${scheme} protocol'\n"
        "WriteRegStr HKCR '${scheme}' 'URL Protocol' ''\n"
        "WriteRegStr HKCR '${scheme}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\phasic-traces.exe,0'\n"
        "WriteRegStr HKCR '${scheme}\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\phasic-traces.exe\" \"%1\"'\n")
    string(APPEND pt_nsis_uninstall "DeleteRegKey HKCR '${scheme}'\n")
endforeach()
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "${pt_nsis_install}")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "${pt_nsis_uninstall}")
# The login service (Task Scheduler task "Phasic Traces IPFS daemon") belongs to the user, not
# to the installer: `phasic-traces-cli service uninstall` removes it; the uninstaller runs it.
string(APPEND CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "ExecWait '\"$INSTDIR\\\\bin\\\\phasic-traces-cli.exe\" service uninstall'\n")
