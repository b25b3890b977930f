package fr.titrepro.bench;

import fr.titrepro.candidate.IdentityKey;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Centres (with their approval and one staff login), jurors (with their habilitation) and candidates, created as the
 * sessions need them: a session takes first candidates of its centre waiting for a resit, then new candidates
 * followed by the centre. Keeps what later rows need about each candidate (name, pathway, CCPs held, livret).
 */
final class NationalPeople {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final NationalTables t;
    private final Random random;
    private final NationalPlan plan;
    private final NationalReferential referential;
    private final List<ArrayDeque<Integer>> resits = new ArrayList<>();
    private final Set<String> identities = new HashSet<>();
    final List<String> names = new ArrayList<>();
    final BitSet training = new BitSet();
    final BitSet titled = new BitSet();
    int[] livretVersion = new int[1024];
    final long candidateBase;
    final long centreBase;
    final long jurorBase;
    final long approvalBase;

    NationalPeople(NationalTables tables, NationalPlan plan, NationalReferential referential, Random random) {
        this.t = tables;
        this.plan = plan;
        this.referential = referential;
        this.random = random;
        this.candidateBase = tables.base("candidate");
        this.centreBase = tables.base("centre");
        this.jurorBase = tables.base("juror");
        this.approvalBase = tables.base("centre_approval");
    }

    long centreId(int centre) {
        return centreBase + centre;
    }

    long approvalId(int centre, int title) {
        return approvalBase + (long) centre * referential.titles().size() + title;
    }

    long candidateId(int ordinal) {
        return candidateBase + ordinal;
    }

    String staffLogin(int centre) {
        return "nat-centre-" + (centre + 1);
    }

    String jurorLogin(int juror) {
        return "nat-jure-" + (juror + 1);
    }

    String centreName(int centre) {
        FrenchNames.Town town = town(centre);
        return FrenchNames.CENTRE_KINDS.get(centre % FrenchNames.CENTRE_KINDS.size()) + " " + town.name() + " " + (centre + 1);
    }

    FrenchNames.Town town(int centre) {
        return FrenchNames.TOWNS.get(Math.floorMod(centre * 7919, FrenchNames.TOWNS.size()));
    }

    void writeCentres() throws SQLException {
        LocalDateTime created = NationalPlan.FIRST_DAY.minusMonths(6).atTime(9, 0);
        for (int c = 0; c < plan.targets.centres(); c++) {
            FrenchNames.Town town = town(c);
            String street = (1 + c % 120) + " " + FrenchNames.STREETS.get(c % FrenchNames.STREETS.size());
            String siret = String.format(Locale.ROOT, "9%013d", centreId(c));
            t.centre.row(centreId(c), centreName(c), siret, street, town.postalCode(), town.name(),
                    "Responsable " + (c + 1), "contact-" + centreId(c) + "@centre.exemple.fr", "0102030405", created, 0);
            for (int ti = 0; ti < referential.titles().size(); ti++) {
                t.approval.row(approvalId(c, ti), centreId(c), referential.titles().get(ti).code(), "Site principal",
                        street, town.postalCode(), town.name(), NationalPlan.FIRST_DAY.minusMonths(6),
                        NationalPlan.TODAY.plusYears(3), created);
            }
            t.staff.row(t.base("centre_staff") + c, centreId(c), staffLogin(c), "Gestionnaire " + centreName(c));
            resits.add(new ArrayDeque<>());
        }
    }

    void writeJurors() throws SQLException {
        LocalDateTime created = NationalPlan.FIRST_DAY.minusMonths(6).atTime(9, 0);
        long habilitation = t.base("juror_habilitation");
        for (int j = 0; j < plan.targets.jurors(); j++) {
            boolean woman = random.nextBoolean();
            String first = FrenchNames.pick(random, woman ? FrenchNames.WOMEN : FrenchNames.MEN);
            String last = FrenchNames.SURNAMES.get(FrenchNames.zipf(random, FrenchNames.SURNAMES.size()));
            t.juror.row(jurorBase + j, jurorLogin(j), last, first, jurorLogin(j) + "@jury.exemple.fr", null,
                    "Technicien réseaux", "Entreprise " + (j % 500 + 1), 5 + random.nextInt(25), created, 0);
            for (NationalReferential.Title title : referential.titles()) {
                t.habilitation.row(habilitation++, jurorBase + j, title.code(), NationalPlan.FIRST_DAY.minusMonths(6),
                        NationalPlan.TODAY.plusYears(3), created, "admin");
            }
        }
    }

    /** The candidates of a session: some of the centre's resits, then new people followed by the centre. */
    int[] enrol(int centre, int size, LocalDate start, String titleCode) throws SQLException {
        int[] chosen = new int[size];
        ArrayDeque<Integer> waiting = resits.get(centre);
        int resitCount = Math.min(waiting.size(), (int) (size * 0.3));
        for (int i = 0; i < resitCount; i++) {
            chosen[i] = waiting.poll();
        }
        for (int i = resitCount; i < size; i++) {
            chosen[i] = create(centre, start, titleCode);
        }
        return chosen;
    }

    void waitForResit(int centre, int candidate) {
        resits.get(centre).add(candidate);
    }

    private int create(int centre, LocalDate start, String titleCode) throws SQLException {
        int ordinal = names.size();
        boolean woman = random.nextDouble() < 0.3;
        String first = FrenchNames.pick(random, woman ? FrenchNames.WOMEN : FrenchNames.MEN);
        String second = FrenchNames.pick(random, woman ? FrenchNames.WOMEN : FrenchNames.MEN);
        String last = FrenchNames.SURNAMES.get(FrenchNames.zipf(random, FrenchNames.SURNAMES.size()));
        FrenchNames.Town birth = FrenchNames.pick(random, FrenchNames.TOWNS);
        FrenchNames.Town home = random.nextDouble() < 0.8 ? town(centre) : FrenchNames.pick(random, FrenchNames.TOWNS);
        String firstNames = first.equals(second) || random.nextBoolean() ? first : first + ", " + second;
        LocalDate birthDate;
        String key;
        do {
            birthDate = start.minusYears(18 + random.nextInt(40)).minusDays(random.nextInt(365));
            key = IdentityKey.of(last, firstNames, birthDate, birth.name(), birth.department(), "France");
        } while (!identities.add(key));
        boolean isTraining = random.nextDouble() < 0.75;
        long id = candidateId(ordinal);
        String mail = (ascii(first) + "." + ascii(last)).toLowerCase(Locale.ROOT) + "." + id + "@exemple.fr";
        LocalDateTime created = start.minusDays(30 + random.nextInt(60)).atTime(10, 0);
        t.candidate.row(id, reference(id), last.toUpperCase(Locale.ROOT), firstNames, woman ? "F" : "M", birthDate,
                birth.name(), birth.department(), "France", "française", mail,
                String.format(Locale.ROOT, "06%08d", id % 100_000_000), (1 + id % 90) + " rue des Lilas",
                home.postalCode(), home.name(), "France", key, isTraining ? "TRAINING" : "VAE",
                isTraining ? titleCode : null, isTraining ? start.minusMonths(8) : null,
                isTraining ? start.minusDays(7) : null, created, 0);
        t.follow.row(id, centreId(centre), created, last.toUpperCase(Locale.ROOT), firstNames);
        names.add(firstNames.split(",")[0] + " " + last.toUpperCase(Locale.ROOT));
        training.set(ordinal, isTraining);
        if (ordinal >= livretVersion.length) {
            livretVersion = Arrays.copyOf(livretVersion, ordinal * 2);
        }
        return ordinal;
    }

    /** "C-" and 8 Crockford characters: a bijection of the id (unique, not in id order). */
    static String reference(long id) {
        long v = Math.floorMod(id * 1_000_003L + 0x5DEECE66DL, 1L << 40);
        char[] chars = new char[8];
        for (int i = 7; i >= 0; i--) {
            chars[i] = CROCKFORD.charAt((int) (v & 31));
            v >>>= 5;
        }
        return "C-" + new String(chars);
    }

    private static String ascii(String s) {
        return new String(IdentityKey.normalise(s).replace(' ', '-').getBytes(StandardCharsets.US_ASCII),
                StandardCharsets.US_ASCII);
    }
}
