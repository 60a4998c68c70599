# cmake -D BUILD_DIR=... -D PREFIX=... -D APP_ID=... -D DATADIR=... -P checkinstall.cmake
# Installs the build into PREFIX and fails unless the program and its desktop files are there.
foreach(var BUILD_DIR PREFIX APP_ID DATADIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkinstall.cmake needs -D ${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    "bin/inroad"
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg")
set(missing "")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not installed: ${missing}\n${output}")
endif()

# The desktop file must start the program that was installed, and name the installed icon.
file(READ "${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop" desktop)
if(NOT desktop MATCHES "\nExec=inroad[ \n]")
    message(FATAL_ERROR "The desktop file does not start `inroad`")
endif()
if(NOT desktop MATCHES "\nIcon=${APP_ID}\n")
    message(FATAL_ERROR "The desktop file's Icon is not ${APP_ID}")
endif()

file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "Installed and checked: ${expected}")
