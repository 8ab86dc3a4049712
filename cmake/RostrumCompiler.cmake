# One place for the language standard, warnings, sanitizers and Qt strictness.
# Every Rostrum target links rostrum_settings.

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(ROSTRUM_CCACHE ccache)
if(ROSTRUM_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${ROSTRUM_CCACHE}")
endif()

add_library(rostrum_settings INTERFACE)
target_compile_features(rostrum_settings INTERFACE cxx_std_20)
target_compile_options(rostrum_settings INTERFACE -Wall -Wextra -Wpedantic)
if(ROSTRUM_WERROR)
    target_compile_options(rostrum_settings INTERFACE -Werror)
endif()

# Qt strictness supported by Qt 6.4: no implicit conversions between bytes and text,
# no implicit URL from string, no narrowing in connect(), no deprecated API.
target_compile_definitions(rostrum_settings INTERFACE
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_JAVA_STYLE_ITERATORS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(ROSTRUM_SANITIZE)
    target_compile_options(rostrum_settings INTERFACE -fsanitize=${ROSTRUM_SANITIZE} -fno-omit-frame-pointer)
    target_link_options(rostrum_settings INTERFACE -fsanitize=${ROSTRUM_SANITIZE})
endif()
