package dev.retort.merge;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.RevisionException;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.graph.RevisionResolver;
import dev.retort.model.revision.Revision;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Plans {@code alembic merge}: validates the request exactly as
 * {@code ScriptDirectory.generate_revision} does (same order, same texts), then names and
 * renders the file. Retort's own safety checks come after alembic's, so whenever alembic would
 * fail the user sees alembic's message. Nothing is written here; see {@link MergeFileWriter}.
 */
public final class MergePlanner {
    /** The {@code multiple_heads} override {@code generate_revision} passes. */
    public static final String MULTIPLE_HEADS = "Multiple heads are present; please specify the head revision on "
            + "which the new revision should be based, or perform a merge.";

    private static final Pattern NEGATIVE_RELATIVE = Pattern.compile("(?:[^@]*@)?\\s*-\\d+\\s*");

    private final Clock clock;
    private final Supplier<String> revisionIds;

    /**
     * @param clock the time source for the create date (its zone is the "local" zone)
     * @param revisionIds the ids to use when the request has none
     */
    public MergePlanner(Clock clock, Supplier<String> revisionIds) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.revisionIds = Objects.requireNonNull(revisionIds, "revisionIds");
    }

    /** The system clock and alembic-style random ids. */
    public static MergePlanner systemDefault() {
        return new MergePlanner(Clock.systemDefaultZone(), RevisionIds.random());
    }

    /** Plans the merge; never throws on bad input. */
    public MergeOutcome plan(RevisionGraph graph, MergeRequest request, MergeSettings settings) {
        try {
            return new Run(graph, request, settings).plan();
        } catch (RuntimeException e) {
            return MergeFailure.unsupported("Retort could not plan this merge (" + e + "); run "
                    + request.shellCommand() + " instead");
        }
    }

    /** One planning run; fields collect what the steps found. */
    private final class Run {
        private final RevisionGraph graph;
        private final MergeRequest request;
        private final MergeSettings settings;
        private final List<MergeWarning> warnings = new ArrayList<>();

        Run(RevisionGraph graph, MergeRequest request, MergeSettings settings) {
            this.graph = graph;
            this.request = request;
            this.settings = settings;
        }

        MergeOutcome plan() {
            if (request.revisions().isEmpty()) {
                return MergeFailure.refused("alembic merge needs at least one revision "
                        + "(alembic merge: error: the following arguments are required: revisions)");
            }
            String revId = revisionId();
            Optional<String> illegal = RevisionIds.alembicError(revId, settings.flavor());
            if (illegal.isPresent()) {
                return MergeFailure.alembic(illegal.get());
            }
            List<String> parents = new ArrayList<>();
            for (String spec : request.revisions()) {
                Optional<MergeFailure> failure = resolve(spec, parents);
                if (failure.isPresent()) {
                    return failure.get();
                }
            }
            if (new HashSet<>(parents).size() != parents.size()) {
                return MergeFailure.alembic("Duplicate head revisions specified");
            }
            Attempt<CreateDate> date = CreateDate.now(clock, settings.timezone(), settings.flavor());
            if (!date.isOk()) {
                return MergeFailure.alembic(date.error());
            }
            Attempt<Path> directory = versionDirectory(parents);
            if (!directory.isOk()) {
                return MergeFailure.alembic(directory.error());
            }
            String slug = Slug.of(request.message().orElse(null), settings.effectiveTruncateSlugLength());
            Attempt<String> fileName = FileNamer.fileName(settings.fileTemplate(), revId, slug, date.value());
            if (!fileName.isOk()) {
                return MergeFailure.alembicOther(fileName.error());
            }
            Optional<MergeFailure> badPath = checkFileName(fileName.value());
            if (badPath.isPresent()) {
                return badPath.get();
            }
            for (String parent : parents) {
                if (!graph.isHead(parent)) {
                    return MergeFailure.alembic("Revision " + parent + " is not a head revision; please specify "
                            + "--splice to create a new branch from this revision");
                }
            }
            Path target = directory.value().resolve(fileName.value());
            TemplateVariables variables = TemplateVariables.forRevision(revId, parents,
                    request.branchLabel().map(List::of).orElse(List.of()), List.of(), date.value(),
                    request.message().orElse(null), settings.flavor(), settings.mainOptions());
            MergeRendering.Outcome text = new MergeRendering(settings).render(variables, request.shellCommand());
            if (text.failure() != null) {
                return text.failure();
            }
            Attempt<byte[]> bytes = MergeRendering.encode(text.text(), settings.outputEncoding());
            if (!bytes.isOk()) {
                return MergeFailure.alembicOther(bytes.error());
            }
            Optional<MergeFailure> refused = retortChecks(revId, target, text.text());
            if (refused.isPresent()) {
                return refused.get();
            }
            addWarnings(revId, parents, target, text.text());
            return new MergePlan(target, fileName.value(), revId, parents, text.text(), bytes.value(), warnings);
        }

        private String revisionId() {
            Optional<String> given = request.revisionId();
            if (given.isPresent() && given.get().isEmpty()) {
                // command.merge uses "rev_id or util.rev_id()", so an empty --rev-id is ignored
                warnings.add(new MergeWarning(MergeWarning.Kind.EMPTY_REVISION_ID,
                        "An empty revision id was given; a random one was generated, as alembic does"));
            }
            return given.filter(id -> !id.isEmpty()).orElseGet(revisionIds);
        }

        /** {@code revision_map.get_revisions} for one argument, with the command layer's texts. */
        private Optional<MergeFailure> resolve(String spec, List<String> parents) {
            RevisionResolver resolver = graph.resolver();
            List<String> ids;
            try {
                ids = resolver.resolveIds(spec);
            } catch (RevisionException e) {
                return Optional.of(MergeFailure.alembic(AlembicMessages.commandText(e,
                        AlembicMessages.Overrides.multipleHeads(MULTIPLE_HEADS))));
            }
            if (ids.isEmpty() && NEGATIVE_RELATIVE.matcher(spec).matches()) {
                // alembic walks past the base here and then asserts or writes a revision with no parent
                return Optional.of(MergeFailure.unsupported("'" + spec + "' walks below the base revision; alembic "
                        + "crashes or writes a new base revision here, so Retort does not plan it"));
            }
            parents.addAll(ids);
            return Optional.empty();
        }

        /** {@code generate_revision}'s choice of {@code version_path}. */
        private Attempt<Path> versionDirectory(List<String> parents) {
            List<Path> locations = settings.versionLocations().stream()
                    .map(p -> p.toAbsolutePath().normalize()).toList();
            if (locations.isEmpty()) {
                return Attempt.failed("No version location is configured");
            }
            if (locations.size() == 1) {
                return Attempt.ok(locations.get(0));
            }
            for (String parent : parents) {
                Optional<Path> file = graph.revision(parent).map(Revision::path);
                if (file.isPresent()) {
                    Path dir = file.get().toAbsolutePath().getParent();
                    if (!locations.contains(dir.normalize())) {
                        return Attempt.failed("Path " + file.get().getParent()
                                + " is not represented in current version locations");
                    }
                    return Attempt.ok(dir.normalize());
                }
            }
            return Attempt.failed("Multiple version locations present, please specify --version-path");
        }

        private Optional<MergeFailure> checkFileName(String fileName) {
            if (fileName.indexOf('\0') >= 0) {
                return Optional.of(MergeFailure.alembicOther("The file name contains a NUL character "
                        + "(alembic fails with ValueError: embedded null byte)"));
            }
            if (fileName.startsWith("/")) {
                return Optional.of(MergeFailure.refused("The file name '" + fileName + "' is absolute; alembic would "
                        + "write outside the version directory"));
            }
            if (fileName.contains("/")) {
                if (!settings.flavor().allowsSubdirectories()) {
                    return Optional.of(MergeFailure.refused("The file name '" + fileName + "' contains '/'; alembic "
                            + "before 1.18 does not create subdirectories and fails unless they exist, and "
                            + "does not load revisions from them"));
                }
                for (String part : fileName.split("/")) {
                    if (part.equals("..")) {
                        return Optional.of(MergeFailure.refused("The file name '" + fileName + "' leaves the "
                                + "version directory"));
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<MergeFailure> retortChecks(String revId, Path target, String text) {
            Optional<String> docstring = DocstringCheck.problem(request.message().orElse(null), text);
            if (docstring.isPresent()) {
                return Optional.of(MergeFailure.refused(docstring.get() + "; alembic would write a file that is not "
                        + "valid Python and then crash loading it"));
            }
            if (graph.contains(revId)) {
                return Optional.of(MergeFailure.refused("Revision id '" + revId + "' already exists ("
                        + graph.revision(revId).map(Revision::path).map(Path::toString).orElse("?")
                        + "); two files with one id break the history"));
            }
            Optional<String> refusal = RevisionIds.refusal(revId);
            if (refusal.isPresent()) {
                return refusal.map(MergeFailure::refused);
            }
            if (java.nio.file.Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(MergeFailure.refused("A file already exists at " + target
                        + "; alembic would overwrite it, Retort never does"));
            }
            return Optional.empty();
        }

        private void addWarnings(String revId, List<String> parents, Path target, String text) {
            RevisionIds.advice(revId).ifPresent(m -> warnings.add(new MergeWarning(
                    MergeWarning.Kind.UNUSUAL_REVISION_ID, m)));
            if (graph.labelOwner(revId).isPresent()) {
                warnings.add(new MergeWarning(MergeWarning.Kind.UNUSUAL_REVISION_ID, "Revision id '" + revId
                        + "' is also a branch label; specs naming it will resolve to the revision"));
            }
            if (parents.isEmpty()) {
                warnings.add(new MergeWarning(MergeWarning.Kind.NO_PARENT, "Nothing to merge: the arguments name no "
                        + "revision, so alembic writes a new base revision (down_revision = None)"));
            } else if (parents.size() == 1) {
                warnings.add(new MergeWarning(MergeWarning.Kind.SINGLE_PARENT, "Nothing to merge: the arguments name "
                        + "only " + parents.get(0) + ", so alembic writes an ordinary revision on top of it"));
            }
            if (request.revisions().stream().anyMatch(s -> s.equals("heads") || s.endsWith("@heads"))) {
                for (String head : graph.heads()) {
                    if (graph.isEffectiveHead(head) && !parents.contains(head)) {
                        warnings.add(new MergeWarning(MergeWarning.Kind.EFFECTIVE_HEAD_SKIPPED, head + " is a head "
                                + "only because another revision depends on it, so 'heads' does not merge it"));
                    }
                }
            }
            request.branchLabel().ifPresent(label -> {
                if (!MergeRendering.rendersBranchLabel(text, label)) {
                    warnings.add(new MergeWarning(MergeWarning.Kind.BRANCH_LABEL_NOT_RENDERED, "Version " + revId
                            + " specified branch_labels " + label + ", however the migration file " + target
                            + " does not have them; have you upgraded your script.py.mako to include the "
                            + "'branch_labels' section?"));
                }
            });
            if (settings.timezone().isPresent() && settings.flavor() == AlembicFlavor.ALEMBIC_1_8) {
                warnings.add(new MergeWarning(MergeWarning.Kind.TIMEZONE_NEEDS_DATEUTIL, "alembic 1.8 needs "
                        + "python-dateutil for the timezone setting; without it alembic fails with: The library "
                        + "'python-dateutil' is required for timezone support"));
            }
        }
    }
}
