# NotImplementedError from an abstract-style base method
class Exporter:
    def export(self, rows):
        raise NotImplementedError("subclasses must implement export()")

class CsvExporter(Exporter):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)

print(CsvExporter().export([(1, "a"), (2, "b")]))
Exporter().export([])
