package dev.retort.layout;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Revision histories for the layout tests and the benchmark. */
final class Histories {
    private static final LocalDateTime EPOCH = LocalDateTime.of(2020, 1, 1, 0, 0);

    private Histories() {
    }

    static Revision rev(String id, String... down) {
        return Revision.of(id, List.of(down));
    }

    static Revision dated(Revision revision, String createDate) {
        return revision.withLongDoc("message of " + revision.id() + "\n\nRevision ID: " + revision.id()
                + "\nCreate Date: " + createDate);
    }

    static RevisionGraph graph(Revision... revisions) {
        return RevisionGraph.build(List.of(revisions));
    }

    /**
     * The incident of DESIGN.md as alembic-semantics.md 3.7 records it: a line up to
     * {@code 016_add_security_constraints}, then {@code 017_add_asset_id} and a second line from
     * 016 ending in {@code 1687c833bfcc}: two heads. Load order is file-name order.
     */
    static List<Revision> incident() {
        List<Revision> revisions = new ArrayList<>();
        String previous = null;
        for (int i = 1; i <= 15; i++) {
            String id = String.format("%03d_step", i);
            revisions.add(previous == null ? rev(id) : rev(id, previous));
            previous = id;
        }
        revisions.add(rev("016_add_security_constraints", previous));
        revisions.add(rev("017_add_asset_id_to_questionnaire_responses", "016_add_security_constraints"));
        revisions.add(rev("0a1b2c3d4e5f", "016_add_security_constraints"));
        revisions.add(rev("1687c833bfcc", "0a1b2c3d4e5f"));
        revisions.sort((a, b) -> a.id().compareTo(b.id()));
        return revisions;
    }

    /**
     * A mostly linear history with a short-lived branch about every 50 revisions: 2 to 4
     * revisions off the main line, merged back after 1 to 4 main-line revisions, the merge's
     * parents in random order. Ids are {@code r000000...}; load order is shuffled as file names
     * would shuffle it; every revision has a create date one minute after its parent's when
     * {@code dated}.
     */
    static List<Revision> historyWithShortBranches(int size, long seed, boolean dated) {
        Random random = new Random(seed);
        List<Revision> out = new ArrayList<>(size);
        String tip = null;
        while (out.size() < size) {
            if (tip != null && random.nextInt(50) == 0 && out.size() + 10 <= size) {
                String fork = tip;
                String branchTip = fork;
                for (int k = 2 + random.nextInt(3); k > 0; k--) {
                    branchTip = add(out, dated, branchTip);
                }
                String mainTip = fork;
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    mainTip = add(out, dated, mainTip);
                }
                tip = random.nextBoolean() ? add(out, dated, mainTip, branchTip) : add(out, dated, branchTip, mainTip);
            } else {
                tip = tip == null ? add(out, dated) : add(out, dated, tip);
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    /**
     * A random DAG: some bases, mostly one parent among the recent revisions, merges of two to
     * four parents, depends_on edges to older revisions, unmerged heads; shuffled load order.
     */
    static List<Revision> randomDag(int size, long seed) {
        Random random = new Random(seed);
        List<Revision> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String id = String.format("n%05d", i);
            List<String> down = new ArrayList<>();
            if (i > 0 && random.nextInt(12) != 0) {
                int parents = random.nextInt(6) == 0 ? 2 + random.nextInt(3) : 1;
                for (int k = 0; k < parents; k++) {
                    String parent = out.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 8)))).id();
                    if (!down.contains(parent)) {
                        down.add(parent);
                    }
                }
            }
            Revision revision = Revision.of(id, down);
            if (i > 2 && random.nextInt(8) == 0) {
                String dependency = out.get(random.nextInt(i)).id();
                if (!down.contains(dependency)) {
                    revision = revision.withDependsOn(List.of(dependency));
                }
            }
            if (random.nextBoolean()) {
                revision = dated(revision, date(random.nextInt(size * 2 + 1)));
            }
            out.add(revision);
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static String add(List<Revision> out, boolean dated, String... down) {
        String id = String.format("r%06d", out.size());
        Revision revision = rev(id, down);
        if (dated) {
            revision = dated(revision, date(out.size()));
        }
        out.add(revision);
        return id;
    }

    private static String date(int minutes) {
        LocalDateTime time = EPOCH.plusMinutes(minutes);
        return String.format("%04d-%02d-%02d %02d:%02d:%02d.%06d", time.getYear(), time.getMonthValue(),
                time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond(), 0);
    }
}
