"""Reads JSON [{"name", "src"}, ...] on stdin and prints one JSON line per
case: CPython's ast.dump of the source, shown as Python 3.12 shows it, or
the SyntaxError compile() raises. The Go tests compare the lab's parser
with these lines."""
import ast
import json
import sys

# Python 3.12 added type_params to these nodes; 3.11 has none, so the
# driver adds an empty list where 3.12's dump shows one.
WITH_TYPE_PARAMS = {
    ast.FunctionDef: "returns",
    ast.AsyncFunctionDef: "returns",
    ast.ClassDef: "decorator_list",
}


def as312(tree):
    for node in ast.walk(tree):
        after = WITH_TYPE_PARAMS.get(type(node))
        if after is not None:
            fields = list(node._fields)
            if "type_comment" in fields:
                fields.remove("type_comment")
            fields.insert(fields.index(after) + 1, "type_params")
            node.type_params = []
            node._fields = tuple(fields)
    return tree


def result(case):
    try:
        tree = compile(case["src"], case.get("filename", "<case>"), "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return {"name": case["name"], "error": {
            "type": type(e).__name__, "msg": e.msg, "line": e.lineno, "offset": e.offset,
            "end_line": e.end_lineno, "end_offset": e.end_offset}}
    tree = as312(tree)
    return {"name": case["name"], "dump": ast.dump(tree),
            "positions": ast.dump(tree, include_attributes=True)}


def main():
    for case in json.load(sys.stdin):
        print(json.dumps(result(case)))


main()
