-- Directory sign-in (issue 16): which directory (LDAP / Active Directory) group gives which role group of
-- REGULATIONS.md §1 (or camunda-admin, monitoring). Data an administrator edits; a directory group named
-- exactly like a role group gives that role without a row.
CREATE TABLE directory_role_mapping (
  directory_group VARCHAR(256) NOT NULL,
  role_group      VARCHAR(100) NOT NULL,
  PRIMARY KEY (directory_group, role_group)
);
