import GRDB

/// The `v15-training-drills-quizzes` step: the sandbox mark, drill runs and their checks, and
/// quiz results (one sitting a paper, one row an answer). All append-only.
///
/// A database is a sandbox (练习库) when it carries the mark; drills start only on one (or in
/// practice mode). A drill run keeps the highest row ids of the tables its check reads, taken
/// before its starting data is written, so the check sees only what was written since.
extension Schema {
    static func createTraining(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sandbox_mark (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                marked_at TEXT NOT NULL,
                marked_by INTEGER REFERENCES person(id) ON DELETE RESTRICT
            ) STRICT;
            CREATE TABLE drill_run (
                id INTEGER PRIMARY KEY,
                scenario TEXT NOT NULL CHECK (length(scenario) > 0),
                trainee_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                started_at TEXT NOT NULL,
                baseline TEXT NOT NULL CHECK (json_valid(baseline))
            ) STRICT;
            CREATE INDEX drill_run_by_trainee ON drill_run(trainee_id, scenario, id);
            CREATE TABLE drill_check (
                id INTEGER PRIMARY KEY,
                run_id INTEGER NOT NULL REFERENCES drill_run(id) ON DELETE RESTRICT,
                at TEXT NOT NULL,
                passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
                differences INTEGER NOT NULL CHECK (differences >= 0),
                report TEXT NOT NULL
            ) STRICT;
            CREATE TABLE quiz_sitting (
                id INTEGER PRIMARY KEY,
                trainee_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                paper TEXT NOT NULL CHECK (length(paper) > 0),
                seed TEXT NOT NULL CHECK (seed NOT GLOB '*[^0-9]*' AND length(seed) > 0),
                finished_at TEXT NOT NULL,
                total INTEGER NOT NULL CHECK (total > 0),
                right_count INTEGER NOT NULL CHECK (right_count BETWEEN 0 AND total),
                score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100)
            ) STRICT;
            CREATE TABLE quiz_answer (
                sitting_id INTEGER NOT NULL REFERENCES quiz_sitting(id) ON DELETE RESTRICT,
                position INTEGER NOT NULL CHECK (position >= 1),
                question_id TEXT NOT NULL CHECK (length(question_id) > 0),
                category TEXT NOT NULL,
                chosen TEXT NOT NULL,
                answer TEXT NOT NULL,
                is_right INTEGER NOT NULL CHECK (is_right IN (0, 1)),
                PRIMARY KEY (sitting_id, position)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX quiz_answer_by_question ON quiz_answer(question_id);
            """ + ["sandbox_mark", "drill_run", "drill_check", "quiz_sitting", "quiz_answer"].map { table in
                """
                CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
                CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;

                """
            }.joined())
    }
}
