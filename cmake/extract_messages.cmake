# Extracts every translatable string of lib/ and cli/ into OUT (a .pot file) with xgettext.
# The keywords are those of lib/base/i18n.hpp. Sorted by file so the result is stable.
file(GLOB_RECURSE sources RELATIVE ${SRC} ${SRC}/lib/*.cpp ${SRC}/lib/*.hpp ${SRC}/cli/*.cpp ${SRC}/cli/*.hpp)
list(SORT sources)
execute_process(
  COMMAND ${XGETTEXT} --language=C++ --from-code=UTF-8 --package-name=pmadmin --msgid-bugs-address=
          --no-wrap --sort-by-file --add-comments=TRANSLATORS:
          --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trnf:1,2 --keyword=N_
          --flag=tr:1:no-c-format --flag=trf:1:no-c-format --flag=trn:1:no-c-format --flag=trn:2:no-c-format
          --flag=trnf:1:no-c-format --flag=trnf:2:no-c-format --flag=N_:1:no-c-format
          -o ${OUT} ${sources}
  WORKING_DIRECTORY ${SRC}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed")
endif()
