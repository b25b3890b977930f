package fr.titrepro.candidate.importing;

import fr.titrepro.candidate.CandidateData;
import fr.titrepro.candidate.CandidateDataPolicy;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.candidate.CandidateText;
import fr.titrepro.candidate.TitleLookup;
import fr.titrepro.candidate.link.LinkRequest;
import fr.titrepro.candidate.link.LinkRequestService;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.shared.error.FieldError;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk registration from a CSV file: the whole file is validated first (every bad value is reported), then written
 * in one transaction, or not at all. A person the centre already follows is counted as "déjà présent" and left
 * as it is, so re-importing the same file creates nothing. A person already registered that the centre does not
 * follow is, for the analysis, a registration like any other (the analysis never tells a centre who exists on the
 * platform); writing the file sends that person a {@link LinkRequest} instead of creating a duplicate.
 */
@ApplicationScoped
public class CandidateImportService {

    private static final int CHUNK = 1000;

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateService service;

    @Inject
    CandidateBulkWriter writer;

    @Inject
    LinkRequestService linkRequests;

    @Inject
    CentreRepository centres;

    /**
     * A file checked against the rules and the database, with what writing it would do: create people, ask people
     * already registered elsewhere ({@code toRequest}, with what the file says of them).
     */
    record Plan(ImportAnalysis analysis, List<CandidateData> toCreate, List<Long> toRequest,
                List<CandidateData> requestedAs) {
    }

    /** The dry run: what the file would do, people registered elsewhere counted as registrations. */
    public ImportAnalysis analyse(byte[] content, long centreId) {
        return plan(content, centreId, ImportProgress.NONE).analysis();
    }

    /**
     * Validates then writes the whole file in one transaction; refused (nothing written) when a row is bad. The
     * result counts the link requests sent in {@code linked}.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ImportResult importFile(byte[] content, long centreId, String requestedBy, ImportProgress progress) {
        Plan plan = plan(content, centreId, progress);
        if (!plan.analysis().valid()) {
            throw new ImportRefusedException(plan.analysis());
        }
        writer.write(plan.toCreate(), centreId, progress);
        int requested = linkRequests.requestAll(plan.toRequest(), plan.requestedAs(), centres.findById(centreId),
                requestedBy);
        return new ImportResult(plan.analysis().rowCount(), plan.toCreate().size(), requested,
                plan.analysis().alreadyPresent());
    }

    Plan plan(byte[] content, long centreId, ImportProgress progress) {
        CandidateCsv csv = CandidateCsv.read(content);
        List<CandidateCsv.Row> rows = csv.rows().stream().filter(r -> !r.isBlank()).toList();
        List<List<String>> preview = rows.stream().limit(ImportAnalysis.PREVIEW_ROWS).map(CandidateCsv.Row::values).toList();
        List<ImportRowError> errors = new ArrayList<>(csv.headerErrors());
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new ImportRowError(2, "", "Le fichier ne contient aucun candidat sous la ligne d'en-tête."));
        }
        if (!errors.isEmpty()) {
            return new Plan(new ImportAnalysis(csv.encoding(), String.valueOf(csv.delimiter()), csv.header(), rows.size(),
                    preview, errors, 0, 0, 0), List.of(), List.of(), List.of());
        }
        Map<String, CandidateData> valid = validRows(csv, rows, errors, progress);
        List<CandidateData> toCreate = new ArrayList<>();
        List<Long> toRequest = new ArrayList<>();
        List<CandidateData> requestedAs = new ArrayList<>();
        int alreadyPresent = 0;
        List<String> keys = new ArrayList<>(valid.keySet());
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            Map<String, CandidateRepository.Existing> existing = candidates.existingByIdentityKey(chunk);
            Set<Long> followed = candidates.followedAmong(centreId,
                    existing.values().stream().map(CandidateRepository.Existing::id).toList());
            for (String key : chunk) {
                CandidateRepository.Existing person = existing.get(key);
                if (person == null) {
                    toCreate.add(valid.get(key));
                } else if (followed.contains(person.id())) {
                    alreadyPresent++;
                } else {
                    toRequest.add(person.id());
                    requestedAs.add(valid.get(key));
                }
            }
        }
        progress.update(ImportProgress.Phase.ANALYSING, rows.size(), rows.size());
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        ImportAnalysis analysis = new ImportAnalysis(csv.encoding(), String.valueOf(csv.delimiter()), csv.header(),
                rows.size(), preview, List.copyOf(errors), toCreate.size() + toRequest.size(), 0, alreadyPresent);
        return new Plan(analysis, toCreate, toRequest, requestedAs);
    }

    /** The rows that hold a valid candidate, by identity key (the first of duplicates); errors of the others. */
    private Map<String, CandidateData> validRows(CandidateCsv csv, List<CandidateCsv.Row> rows,
                                                 List<ImportRowError> errors, ImportProgress progress) {
        TitleLookup titles = service.titleLookup();
        LocalDate today = LocalDate.now();
        Map<String, Integer> firstLineOfPerson = new HashMap<>();
        Map<String, CandidateData> valid = new LinkedHashMap<>();
        String identityColumn = csv.headerOf("birthName");
        for (int i = 0; i < rows.size(); i++) {
            CandidateCsv.Row row = rows.get(i);
            if (row.values().size() > csv.header().size()) {
                errors.add(new ImportRowError(row.line(), "", "La ligne compte " + row.values().size()
                        + " valeurs pour " + csv.header().size() + " colonnes (séparateur ou guillemets à vérifier)."));
                continue;
            }
            CandidateText.Parsed parsed = CandidateText.parse(field -> csv.value(row, field));
            CandidateData data = parsed.data().normalised();
            List<FieldError> rowErrors = CandidateText.merge(parsed.errors(), CandidateDataPolicy.check(data, titles, today));
            rowErrors.forEach(e -> errors.add(new ImportRowError(row.line(), csv.headerOf(e.field()), e.message())));
            if (!rowErrors.isEmpty()) {
                continue;
            }
            String key = data.identityKey();
            Integer first = firstLineOfPerson.putIfAbsent(key, row.line());
            if (first != null) {
                errors.add(new ImportRowError(row.line(), identityColumn, "Doublon de la ligne " + first + " : même personne "
                        + "(nom de naissance, premier prénom, date et lieu de naissance)."));
                continue;
            }
            valid.put(key, data);
            if ((i + 1) % CHUNK == 0) {
                progress.update(ImportProgress.Phase.ANALYSING, i + 1, rows.size());
            }
        }
        return valid;
    }
}
