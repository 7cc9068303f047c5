/// The step that receives what committees send and keeps the street's decisions.
extension StreetSchema {
    // MARK: - s2

    /// `item`: what a committee sent, keyed by its committee and its own sequence number, in
    /// order and without gaps; `chain_head`: each batch's audit-chain head, which must continue the
    /// last one held; `flag`: what a committee reports against itself; `decision`: the street's
    /// review of an expense above the local limit, which only the street writes. Row-level security
    /// (enabled for the committees' group, not FORCEd: the street's login owns these tables and is not
    /// bound by it) lets a committee's role insert only its own rows and read only what is addressed to it.
    static func itemsHeadsDecisions(group: String) -> [String] {
        let g = quoted(group)
        return statements("""
        CREATE TABLE street.item (
            id bigserial UNIQUE,
            committee name NOT NULL DEFAULT current_user REFERENCES street.committee(role_name),
            seq bigint NOT NULL CHECK (seq > 0),
            kind text NOT NULL CHECK (length(kind) > 0),
            entity_id bigint,
            detail jsonb NOT NULL,
            audit_row bigint NOT NULL CHECK (audit_row > 0),
            received_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (committee, seq),
            CHECK (kind <> 'expense.request' OR (entity_id IS NOT NULL AND (detail->>'amount') ~ '^[0-9]{1,15}$'
                                                 AND (detail->>'amount')::bigint > 0))
        );
        CREATE INDEX item_expense ON street.item (committee, entity_id, kind);
        CREATE FUNCTION street.item_in_order() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.seq > coalesce((SELECT max(seq) FROM street.item WHERE committee = NEW.committee), 0) + 1 THEN
                RAISE EXCEPTION '上报顺序不对：第 % 条之前还有未到的条目', NEW.seq;
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER item_in_order BEFORE INSERT ON street.item FOR EACH ROW EXECUTE FUNCTION street.item_in_order();
        CREATE TABLE street.chain_head (
            committee name NOT NULL DEFAULT current_user REFERENCES street.committee(role_name),
            count bigint NOT NULL CHECK (count >= 0),
            hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
            prev_count bigint NOT NULL,
            prev_hash text NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (committee, count)
        );
        CREATE FUNCTION street.head_continues() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE last street.chain_head;
        BEGIN
            SELECT * INTO last FROM street.chain_head WHERE committee = NEW.committee ORDER BY count DESC LIMIT 1;
            IF (last IS NULL AND NEW.prev_count <> 0) OR (last IS NOT NULL AND
                (NEW.prev_count <> last.count OR NEW.prev_hash <> last.hash OR NEW.count < last.count
                 OR (NEW.count = last.count AND NEW.hash <> last.hash))) THEN
                RAISE EXCEPTION '审计链与街道保存的不衔接：街道存有第 % 行，哈希 %', coalesce(last.count, 0), coalesce(left(last.hash, 12), '无');
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER head_continues BEFORE INSERT ON street.chain_head FOR EACH ROW EXECUTE FUNCTION street.head_continues();
        CREATE TABLE street.flag (
            id bigserial PRIMARY KEY,
            committee name NOT NULL DEFAULT current_user REFERENCES street.committee(role_name),
            message text NOT NULL CHECK (length(message) > 0),
            at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE street.decision (
            id bigserial PRIMARY KEY,
            committee name NOT NULL REFERENCES street.committee(role_name),
            expense_id bigint NOT NULL,
            kind text NOT NULL CHECK (kind IN ('pass', 'return')),
            number text NOT NULL CHECK (kind <> 'pass' OR length(btrim(number)) > 0),
            reason text NOT NULL CHECK (kind <> 'return' OR length(btrim(reason)) > 0),
            reviewer text NOT NULL CHECK (length(btrim(reviewer)) > 0),
            decided_on date NOT NULL,
            decided_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE UNIQUE INDEX decision_one_pass ON street.decision (committee, expense_id) WHERE kind = 'pass';
        CREATE FUNCTION street.decision_on_review_route() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM street.item i, street.office o WHERE i.committee = NEW.committee
                           AND i.kind = 'expense.request' AND i.entity_id = NEW.expense_id
                           AND (i.detail->>'amount')::bigint > o.local_limit) THEN
                RAISE EXCEPTION '街道只审核超过限额的支出：第 % 笔不在审核之列', NEW.expense_id;
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER decision_on_review_route BEFORE INSERT ON street.decision
            FOR EACH ROW EXECUTE FUNCTION street.decision_on_review_route();
        ALTER TABLE street.item ENABLE ROW LEVEL SECURITY;
        ALTER TABLE street.chain_head ENABLE ROW LEVEL SECURITY;
        ALTER TABLE street.flag ENABLE ROW LEVEL SECURITY;
        ALTER TABLE street.decision ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_items ON street.item TO \(g) USING (committee = current_user) WITH CHECK (committee = current_user);
        CREATE POLICY own_heads ON street.chain_head TO \(g) USING (committee = current_user) WITH CHECK (committee = current_user);
        CREATE POLICY own_flags ON street.flag TO \(g) USING (committee = current_user) WITH CHECK (committee = current_user);
        CREATE POLICY addressed_decisions ON street.decision TO \(g) USING (committee = current_user);
        GRANT SELECT, INSERT ON street.item, street.chain_head TO \(g);
        GRANT INSERT ON street.flag TO \(g);
        GRANT SELECT ON street.decision TO \(g);
        GRANT USAGE ON SEQUENCE street.item_id_seq, street.flag_id_seq TO \(g);
        """)
    }
}
