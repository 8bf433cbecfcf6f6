# Writes a man page from an executable's --help and --version (run at build time, so the page
# always matches the program). For a program with subcommands (SUBCOMMANDS=ON) every command
# listed under "Commands:" gets its own section from `<exe> <command> --help`.
#   cmake -DEXE=path -DNAME=phasic-traces-cli -DSUMMARY="…" -DOUT=dir [-DSUBCOMMANDS=ON]
#         [-DSEE_ALSO="phasic-traces(1)"] -P manpage.cmake
# Writes OUT/NAME.1 and OUT/NAME.1.gz.
cmake_minimum_required(VERSION 3.25)
foreach(var EXE NAME SUMMARY OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: ${var} is not set")
    endif()
endforeach()

# Keeps the program's output from reading a user's settings or needing a display.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{HOME} "${OUT}/home")

function(run_help out_var)
    execute_process(COMMAND "${EXE}" ${ARGN} OUTPUT_VARIABLE text ERROR_VARIABLE err
                    RESULT_VARIABLE rc TIMEOUT 30)
    if(NOT rc EQUAL 0 AND text STREQUAL "")
        set(text "${err}")
    endif()
    # QCommandLineParser prints argv[0]: the build path, not the installed name.
    string(REPLACE "${EXE}" "${NAME}" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Roff: a backslash is \e, a leading '.' or '\'' would be a request, '-' should be \-.
function(roff out_var text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

run_help(help --help)
run_help(version --version)
if(help STREQUAL "")
    message(FATAL_ERROR "manpage.cmake: ${EXE} --help printed nothing")
endif()
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+[^ \n]*" ver "${version}")
string(TIMESTAMP date "%Y-%m-%d" UTC) # honours SOURCE_DATE_EPOCH

roff(help_r "${help}")
roff(summary_r "${SUMMARY}")
set(page ".TH ${NAME} 1 \"${date}\" \"Phasic Traces ${ver}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${NAME} \\- ${summary_r}\n")
string(APPEND page ".SH DESCRIPTION\n.nf\n${help_r}\n.fi\n")

if(SUBCOMMANDS)
    string(REGEX MATCH "Commands:\n(([ ]+[^\n]*\n)+)" block "${help}")
    string(REGEX MATCHALL "\n  ([a-z][a-z0-9-]*)" cmds "\n${CMAKE_MATCH_1}")
    string(APPEND page ".SH COMMANDS\n")
    foreach(c IN LISTS cmds)
        string(STRIP "${c}" c)
        run_help(chelp ${c} --help)
        roff(chelp_r "${chelp}")
        string(APPEND page ".SS ${c}\n.nf\n${chelp_r}\n.fi\n")
    endforeach()
endif()

string(APPEND page ".SH FILES\n"
    "Settings: ~/.config/phasic/phasic\\-traces/phasic\\-traces.ini (never secrets; tokens are "
    "kept in the system keyring).\n.br\n"
    "Verified IPFS blocks: ~/.cache/phasic/phasic\\-traces/store/.\n.br\n"
    "Trace packages, shared with the Python library: ~/.phasic_traces/traces/<id>/.\n.br\n"
    "Artifacts: $PHASIC_CACHE_DIR or ~/.phasic_cache/parameterized_reward_compute/.\n"
    "With \\-\\-cache\\-dir DIR everything the program writes goes below DIR.\n")
if(DEFINED SEE_ALSO)
    string(APPEND page ".SH SEE ALSO\n${SEE_ALSO}\n")
endif()
string(APPEND page ".SH BUGS\nhttps://github.com/munch\\-group/phasic\\-traces/issues\n")

file(MAKE_DIRECTORY "${OUT}")
file(WRITE "${OUT}/${NAME}.1" "${page}")
file(REMOVE "${OUT}/${NAME}.1.gz")
file(ARCHIVE_CREATE OUTPUT "${OUT}/${NAME}.1.gz" PATHS "${OUT}/${NAME}.1" FORMAT raw
     COMPRESSION GZip COMPRESSION_LEVEL 9)
