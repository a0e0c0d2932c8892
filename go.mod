module ormlab

go 1.26.0

require (
	github.com/ncruces/go-sqlite3 v0.35.6
	github.com/pganalyze/pg_query_go/v5 v5.1.0
	github.com/sqlc-dev/oliphant v0.2.0
	github.com/yuin/goldmark v1.8.7
	go.starlark.net v0.0.0-20260908191801-89a6a09411d5
)

require (
	github.com/ncruces/go-sqlite3-wasm/v6 v6.3.35304 // indirect
	github.com/ncruces/julianday v1.0.0 // indirect
	golang.org/x/sys v0.48.0 // indirect
	google.golang.org/protobuf v1.36.12 // indirect
)
