-- Working-day calendar: only the exceptions to the Monday-Friday week are stored.
CREATE TABLE calendar_day (
  calendar_date DATE PRIMARY KEY,
  kind          VARCHAR(20)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  changed_by    VARCHAR(100),
  changed_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT calendar_day_kind CHECK (kind IN ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY'))
);
