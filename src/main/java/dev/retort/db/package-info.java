/**
 * Databases, read-only: where each database of a project stands.
 *
 * <p>The flow: {@link dev.retort.db.SqlAlchemyUrl#parse} reads {@code sqlalchemy.url} (or a JDBC
 * URL); {@link dev.retort.db.ConnectionProfile#fromUrl} prefills an editable profile, saved by
 * {@link dev.retort.db.ProfileStore} without any password; {@link dev.retort.db.VersionTableReader}
 * connects read-only with timeouts (password typed, or from {@link dev.retort.db.PgPass}) and
 * returns a {@link dev.retort.db.VersionTableState}; {@link dev.retort.db.VersionState#resolve}
 * places its rows on the revision graph and {@link dev.retort.db.CurrentOutput} prints them as
 * {@code alembic current} does.
 *
 * <p>Nothing here throws on bad input or an unreachable database, and no message, log line or
 * {@code toString} ever contains a password.
 */
package dev.retort.db;
