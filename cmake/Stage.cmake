# sygedok_stage(NAME [DEPS stage...] [LIBS target...])
# Builds src/NAME/*.cpp (minus *_test.cpp and main.cpp) into the static
# library sygedok_NAME, linked to the earlier stages it names, and collects
# its *_test.cpp files into SYGEDOK_TEST_SOURCES.
set(SYGEDOK_TEST_SOURCES "" CACHE INTERNAL "")
function(sygedok_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS;LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${name}/*.cpp)
  file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${name}/*_test.cpp)
  list(REMOVE_ITEM sources ${tests} ${CMAKE_SOURCE_DIR}/src/${name}/main.cpp)
  add_library(sygedok_${name} STATIC ${sources})
  target_include_directories(sygedok_${name} PUBLIC ${CMAKE_SOURCE_DIR}/src)
  foreach(dep IN LISTS ARG_DEPS)
    target_link_libraries(sygedok_${name} PUBLIC sygedok_${dep})
  endforeach()
  target_link_libraries(sygedok_${name} PUBLIC ${ARG_LIBS})
  set(SYGEDOK_TEST_SOURCES ${SYGEDOK_TEST_SOURCES} ${tests} CACHE INTERNAL "")
endfunction()
