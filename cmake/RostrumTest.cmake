# rostrum_add_test(NAME name SOURCES a.cpp ... LIBS lib ... LABEL core|gui|e2e [ENV K=V ...] [TIMEOUT s])
# One Qt Test executable per test class, registered with CTest: offscreen platform, C.UTF-8,
# a private home (see rostrum_isolate_test) so no test touches the developer's real data, settings or keychain.
function(rostrum_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    if(NOT T_LABEL)
        message(FATAL_ERROR "rostrum_add_test(${T_NAME}): LABEL core, gui or e2e is required")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    if(NOT TARGET rostrum-test-home)
        # Compiled once, linked as an object into every test: it empties the private home before main().
        add_library(rostrum-test-home OBJECT "${PROJECT_SOURCE_DIR}/tests/support/PrivateTestHome.cpp")
        target_link_libraries(rostrum-test-home PRIVATE rostrum_settings Qt6::Core)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE rostrum_settings Qt6::Test rostrum-test-home ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        ROSTRUM_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABEL}" TIMEOUT ${T_TIMEOUT})
    rostrum_isolate_test(${T_NAME} ENV QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES=*.debug=false ${T_ENV})
endfunction()

# rostrum_isolate_test(test [ENV K=V ...]) — for every registered test, including those added with add_test:
# - HOME and the XDG folders point into build/test-home/<test>; a C++ test empties that folder before main()
#   (tests/support/PrivateTestHome.cpp), so no run sees what the previous one left and none sees the user's.
# - C.UTF-8, whatever the caller's locale.
# - A Qt Test executable that only skipped is reported as skipped (ctest "Not Run", counted apart), never as
#   passed. Qt counts initTestCase and cleanupTestCase as passes, so "2 passed" with skips and no failure means
#   no test function passed (0 passed when initTestCase itself skipped). An executable where some functions pass
#   and others skip is reported as passed; its SKIP lines stay in the output.
function(rostrum_isolate_test name)
    cmake_parse_arguments(I "" "" "ENV" ${ARGN})
    set(home "${PROJECT_BINARY_DIR}/test-home/${name}")
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
        "ROSTRUM_TEST_HOME=${home}" "HOME=${home}" "XDG_CONFIG_HOME=${home}/config" "XDG_DATA_HOME=${home}/data"
        "XDG_CACHE_HOME=${home}/cache" "XDG_STATE_HOME=${home}/state" "LANG=C.UTF-8" "LC_ALL=C.UTF-8" ${I_ENV})
    set_property(TEST ${name} PROPERTY SKIP_REGULAR_EXPRESSION "Totals: [02] passed, 0 failed, [1-9][0-9]* skipped")
    # Scripts do not empty their home; create it so tools that expect HOME to exist find it.
    file(MAKE_DIRECTORY "${home}")
endfunction()
