# typing aliases and Optional annotations do not affect running code
from typing import Optional, Union, Callable, Iterable, Iterator, Tuple

Handler = Callable[[str], str]

def apply(values: Iterable[str], fn: Handler) -> Iterator[str]:
    for v in values:
        yield fn(v)

def parse(x: Union[int, str]) -> Tuple[int, Optional[str]]:
    return (int(x), None)

print(list(apply(["a", "b"], str.upper)), parse("4"))
