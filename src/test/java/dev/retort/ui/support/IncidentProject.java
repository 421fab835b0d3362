package dev.retort.ui.support;

import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated project of the incident's shape: a line up to
 * {@code 016_add_security_constraints}, then {@code 017_add_asset_id_to_questionnaire_responses}
 * on one side and, on the other, a branch that forks and merges again in {@code 1687c833bfcc}:
 * two heads (30 revisions). Used until the real demo lands under assets/demo.
 */
public final class IncidentProject {
    public static final String FORK = "016_add_security_constraints";
    public static final String HEAD_017 = "017_add_asset_id_to_questionnaire_responses";
    public static final String HEAD_MERGE = "1687c833bfcc";

    private IncidentProject() {
    }

    public static List<Rev> revisions() {
        String[] early = {"001_initial_schema", "002_add_users", "003_add_orders", "004_order_status_enum",
            "005_add_products", "006_product_prices", "007_add_sessions", "008_audit_log", "009_add_tenants",
            "010_tenant_fk_users", "011_soft_delete", "012_add_questionnaires", "013_questionnaire_responses",
            "014_response_indexes", "015_add_assets", FORK};
        String[] messages = {"initial schema", "add users", "add orders", "order status enum", "add products",
            "product prices", "add sessions", "audit log", "add tenants", "tenant fk on users", "soft delete",
            "add questionnaires", "questionnaire responses", "response indexes", "add assets",
            "add security constraints"};
        List<Rev> revs = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < early.length; i++) {
            revs.add(previous == null ? Rev.of(early[i], messages[i]) : Rev.of(early[i], messages[i], previous));
            previous = early[i];
        }
        revs.add(Rev.of(HEAD_017, "add asset id to questionnaire responses", FORK));
        revs.add(Rev.of("a41c0e7d9b21", "add notification settings", FORK));
        revs.add(Rev.of("b7e3f2a91c04", "backfill notification defaults", "a41c0e7d9b21"));
        revs.add(Rev.of("c9d84e1f7a66", "add report exports", "b7e3f2a91c04").labels("reports"));
        revs.add(Rev.of("d2a5b8c3e917", "export job queue", "c9d84e1f7a66"));
        revs.add(Rev.of("e6f1a9d4b203", "add webhooks", "b7e3f2a91c04"));
        revs.add(Rev.of("f3b7c2e8d415", "webhook retries", "e6f1a9d4b203"));
        revs.add(Rev.of("5e8a1c3f9d20", "webhook delivery log", "f3b7c2e8d415"));
        revs.add(Rev.of("6b2d9f4a7e31", "index delivery log by status", "5e8a1c3f9d20"));
        revs.add(Rev.of("7c4e1a8b2f53", "webhook rate limits", "6b2d9f4a7e31"));
        revs.add(Rev.of("8d6f3b9c4a75", "per-tenant webhook secrets", "7c4e1a8b2f53"));
        revs.add(Rev.of("9e7a5c1d6b97", "drop legacy callback table", "8d6f3b9c4a75"));
        revs.add(Rev.of("0a9e4d7c1b58", "webhook signing keys", "9e7a5c1d6b97").dependsOn("015_add_assets"));
        revs.add(Rev.of(HEAD_MERGE, "merge exports and webhooks", "d2a5b8c3e917", "0a9e4d7c1b58"));
        return revs;
    }

    /** Writes the project; returns its folder. */
    public static Path write(Path dir) throws IOException {
        ProjectGenerator.write(dir, revisions());
        return dir;
    }
}
