# a dict never closed, then a statement: the bracket is reported, not the assert
titles = {
    1: "Dune",
    2: "Emma",

assert titles[1] == "Dune"
