package db

// Explain returns SQLite's query plan for a statement, with its parameters
// bound, without recording it.
// See https://sqlite.org/eqp.html
func (d *DB) Explain(template string, params []any) ([]PlanRow, error) {
	norm, err := normalizeParams(params)
	if err != nil {
		return nil, err
	}
	sql := sqlFor(template, params)
	if d.now != nil {
		sql = onClock(sql, d.now())
	}
	if err := d.conn.guard(d.rawSQL); err != nil {
		return nil, err
	}
	stmt, err := prepareOne(d.conn, "EXPLAIN QUERY PLAN "+sql)
	if err != nil || stmt == nil {
		return nil, pythonErrorOrNil(err)
	}
	defer stmt.close()
	if err := checkBindCount(stmt, norm); err != nil {
		return nil, err
	}
	res, _, err := stmt.run(norm, stmtBudget{})
	if err != nil {
		return nil, pythonError(err)
	}
	var plan []PlanRow
	for _, r := range res.Rows {
		id, _ := r[0].(int64)
		parent, _ := r[1].(int64)
		detail, _ := r[3].(string)
		plan = append(plan, PlanRow{ID: int(id), Parent: int(parent), Detail: detail})
	}
	return plan, nil
}
