BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('1687c833bfcc');
CREATE TABLE asset_tags (
	asset_id INTEGER NOT NULL, 
	tag VARCHAR(50) NOT NULL, 
	PRIMARY KEY (asset_id, tag), 
	FOREIGN KEY(asset_id) REFERENCES assets (id)
);
CREATE TABLE "assets" (
	id INTEGER NOT NULL, 
	organization_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	kind VARCHAR(50) DEFAULT 'server' NOT NULL, 
	status VARCHAR(20) DEFAULT 'active' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_assets_org_name UNIQUE (organization_id, name), 
	FOREIGN KEY(organization_id) REFERENCES organizations (id)
);
CREATE TABLE attachments (
	id INTEGER NOT NULL, 
	response_id INTEGER NOT NULL, 
	file_name VARCHAR(255) NOT NULL, 
	size_bytes INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(response_id) REFERENCES questionnaire_responses (id)
);
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	user_id INTEGER, 
	action VARCHAR(100) NOT NULL, 
	at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE TABLE notification_preferences (
	user_id INTEGER NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	enabled BOOLEAN DEFAULT (1) NOT NULL, 
	PRIMARY KEY (user_id, channel), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE TABLE notifications (
	id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	body TEXT NOT NULL, 
	read_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE TABLE organizations (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE questionnaire_responses (
	id INTEGER NOT NULL, 
	question_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	answer TEXT, reviewer_comment TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(question_id) REFERENCES questions (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE TABLE questionnaires (
	id INTEGER NOT NULL, 
	organization_id INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, due_date DATE, archived BOOLEAN DEFAULT (0) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(organization_id) REFERENCES organizations (id)
);
CREATE TABLE questions (
	id INTEGER NOT NULL, 
	questionnaire_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(questionnaire_id) REFERENCES questionnaires (id)
);
CREATE TABLE "users" (
	id INTEGER NOT NULL, 
	email VARCHAR(255) NOT NULL, 
	full_name VARCHAR(200), 
	created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	organization_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_users_email_has_at CHECK (email LIKE '%@%')
);
CREATE TABLE webhooks (
	id INTEGER NOT NULL, 
	organization_id INTEGER NOT NULL, 
	url VARCHAR(500) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(organization_id) REFERENCES organizations (id)
);
CREATE UNIQUE INDEX ix_users_email ON users (email);
CREATE INDEX ix_users_organization_id ON users (organization_id);
COMMIT;
