package fr.titrepro.support;

import fr.titrepro.candidate.CandidateData;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.candidate.Sex;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Candidates for tests: a valid training candidate for TRI (TP-00496) to derive cases from, as {@link CandidateData}
 * (services, rules) or as the JSON body of POST /api/candidates. Names are made unique with random letters, since
 * the database is shared by every test class of a run and a person is identified by name + birth.
 */
public final class CandidateFixtures {

    private static final Random RANDOM = new Random();

    private CandidateFixtures() {
    }

    /** A birth name no other test uses: the prefix followed by random letters ("Durand" → "Durandqkzjw"). */
    public static String uniqueName(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    /** A mutable candidate: change a field, then take {@link #data()} or {@link #json()}. */
    public static final class Person {
        public String birthName = uniqueName("Durand");
        public String usageName;
        public String firstNames = "Camille Marie";
        public Sex sex = Sex.F;
        public LocalDate birthDate = LocalDate.of(1996, 5, 14);
        public String birthCommune = "Lyon";
        public String birthDepartment = "69";
        public String birthCountry;
        public String nationality = "française";
        public String email = "camille.durand@exemple.test";
        public String phone = "06 12 34 56 78";
        public String addressLine = "12 rue Garibaldi";
        public String postalCode = "69003";
        public String city = "Lyon";
        public String country;
        public Pathway pathway = Pathway.TRAINING;
        public String trainingTitleCode = "TP-00496";
        public LocalDate trainingStart = LocalDate.of(2025, 9, 1);
        public LocalDate trainingEnd = LocalDate.of(2026, 6, 30);
        public Set<Integer> trainedCcpNumbers = new LinkedHashSet<>();
        public String vaeDecisionReference;
        public LocalDate vaeDecisionDate;
        public Integer extraTimePercent;
        public String assistance;
        public String adaptedEquipment;
        public String accommodationNotes;

        public Person named(String birthName, String firstNames) {
            this.birthName = birthName;
            this.firstNames = firstNames;
            return this;
        }

        public CandidateData data() {
            return new CandidateData(birthName, usageName, firstNames, sex, birthDate, birthCommune, birthDepartment,
                    birthCountry, nationality, email, phone, addressLine, postalCode, city, country, pathway,
                    trainingTitleCode, trainingStart, trainingEnd, trainedCcpNumbers, vaeDecisionReference,
                    vaeDecisionDate, extraTimePercent, assistance, adaptedEquipment, accommodationNotes);
        }

        /** The body of POST/PUT /api/candidates (nulls left out). */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("birthName", birthName);
            m.put("usageName", usageName);
            m.put("firstNames", firstNames);
            m.put("sex", sex == null ? null : sex.name());
            m.put("birthDate", str(birthDate));
            m.put("birthCommune", birthCommune);
            m.put("birthDepartment", birthDepartment);
            m.put("birthCountry", birthCountry);
            m.put("nationality", nationality);
            m.put("email", email);
            m.put("phone", phone);
            m.put("addressLine", addressLine);
            m.put("postalCode", postalCode);
            m.put("city", city);
            m.put("country", country);
            m.put("pathway", pathway == null ? null : pathway.name());
            m.put("trainingTitleCode", trainingTitleCode);
            m.put("trainingStart", str(trainingStart));
            m.put("trainingEnd", str(trainingEnd));
            m.put("trainedCcpNumbers", trainedCcpNumbers);
            m.put("vaeDecisionReference", vaeDecisionReference);
            m.put("vaeDecisionDate", str(vaeDecisionDate));
            m.put("extraTimePercent", extraTimePercent);
            m.put("assistance", assistance);
            m.put("adaptedEquipment", adaptedEquipment);
            m.put("accommodationNotes", accommodationNotes);
            m.values().removeIf(v -> v == null);
            return m;
        }

        private static String str(LocalDate d) {
            return d == null ? null : d.toString();
        }
    }

    public static Person person() {
        return new Person();
    }
}
