package syntax_test

import (
	"errors"
	"fmt"

	"ormlab/engine/script/syntax"
)

func ExampleParse() {
	mod, err := syntax.Parse("script.py", "total = sum(b.pages for b in books)\n")
	if err != nil {
		panic(err)
	}
	assign := mod.Body[0].(*syntax.Assign)
	fmt.Println(assign.Targets[0].(*syntax.Name).Id, assign.Value.Position().Line)
	// Output: total 1
}

func ExampleDump() {
	mod, _ := syntax.Parse("script.py", "x = f'{a!r}'\n")
	fmt.Println(syntax.Dump(mod))
	// Output: Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))], type_ignores=[])
}

func ExampleError() {
	_, err := syntax.Parse("script.py", "if x == 1\n    print(x)\n")
	var e *syntax.Error
	if errors.As(err, &e) {
		fmt.Println(e.Type, e.Msg, e.Line, e.Offset)
	}
	// Output: SyntaxError expected ':' 1 10
}
