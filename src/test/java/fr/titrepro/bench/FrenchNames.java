package fr.titrepro.bench;

import java.util.List;
import java.util.Random;

/**
 * Realistic French identities for the generated volume: frequent surnames (INSEE ranking, most frequent first, drawn
 * with a Zipf-like weight), first names of both sexes, and towns with their postal code, département and region.
 */
final class FrenchNames {

    record Town(String name, String postalCode, String department, String region) {
    }

    static final List<String> SURNAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard",
            "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand",
            "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",
            "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François",
            "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
            "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer",
            "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard",
            "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal",
            "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier",
            "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume",
            "Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis",
            "Moulin", "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein",
            "Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier",
            "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet",
            "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain",
            "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
            "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud", "Rodriguez",
            "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin",
            "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine", "Hoarau",
            "Perret", "Barthélémy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier",
            "Carlier", "Laporte", "Benali", "Haddad", "Nguyen", "Diallo", "Traoré", "Ferreira", "Dos Santos");

    static final List<String> WOMEN = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine",
            "Valérie", "Christine", "Stéphanie", "Céline", "Julie", "Aurélie", "Émilie", "Camille", "Laura", "Léa",
            "Manon", "Chloé", "Sarah", "Inès", "Emma", "Clara", "Océane", "Anaïs", "Mélanie", "Élodie", "Audrey",
            "Virginie", "Caroline", "Sophie", "Laetitia", "Karine", "Nadia", "Fatima", "Yasmine", "Lina", "Jade",
            "Louise", "Alice", "Margaux", "Pauline", "Justine", "Marine", "Charlotte", "Amandine", "Morgane");

    static final List<String> MEN = List.of("Jean", "Philippe", "Michel", "Alain", "Nicolas", "Christophe", "Pierre",
            "Laurent", "Frédéric", "Sébastien", "Julien", "David", "Stéphane", "Olivier", "Thomas", "Kévin", "Maxime",
            "Alexandre", "Romain", "Anthony", "Florian", "Guillaume", "Jérémy", "Mathieu", "Lucas", "Hugo", "Théo",
            "Nathan", "Enzo", "Louis", "Antoine", "Quentin", "Benjamin", "Vincent", "Damien", "Yannick", "Mehdi",
            "Karim", "Mohamed", "Youssef", "Rayan", "Adam", "Gabriel", "Raphaël", "Arthur", "Jules", "Léo", "Bastien");

    static final List<Town> TOWNS = List.of(
            new Town("Paris", "75011", "75", "IDF"), new Town("Marseille", "13003", "13", "PAC"),
            new Town("Lyon", "69007", "69", "ARA"), new Town("Toulouse", "31000", "31", "OCC"),
            new Town("Nice", "06000", "06", "PAC"), new Town("Nantes", "44000", "44", "PDL"),
            new Town("Montpellier", "34000", "34", "OCC"), new Town("Strasbourg", "67000", "67", "GES"),
            new Town("Bordeaux", "33000", "33", "NAQ"), new Town("Lille", "59000", "59", "HDF"),
            new Town("Rennes", "35000", "35", "BRE"), new Town("Reims", "51100", "51", "GES"),
            new Town("Toulon", "83000", "83", "PAC"), new Town("Saint-Étienne", "42000", "42", "ARA"),
            new Town("Le Havre", "76600", "76", "NOR"), new Town("Grenoble", "38000", "38", "ARA"),
            new Town("Dijon", "21000", "21", "BFC"), new Town("Angers", "49000", "49", "PDL"),
            new Town("Nîmes", "30000", "30", "OCC"), new Town("Villeurbanne", "69100", "69", "ARA"),
            new Town("Clermont-Ferrand", "63000", "63", "ARA"), new Town("Le Mans", "72000", "72", "PDL"),
            new Town("Aix-en-Provence", "13100", "13", "PAC"), new Town("Brest", "29200", "29", "BRE"),
            new Town("Tours", "37000", "37", "CVL"), new Town("Amiens", "80000", "80", "HDF"),
            new Town("Limoges", "87000", "87", "NAQ"), new Town("Annecy", "74000", "74", "ARA"),
            new Town("Perpignan", "66000", "66", "OCC"), new Town("Boulogne-Billancourt", "92100", "92", "IDF"),
            new Town("Metz", "57000", "57", "GES"), new Town("Besançon", "25000", "25", "BFC"),
            new Town("Orléans", "45000", "45", "CVL"), new Town("Saint-Denis", "93200", "93", "IDF"),
            new Town("Rouen", "76000", "76", "NOR"), new Town("Mulhouse", "68100", "68", "GES"),
            new Town("Caen", "14000", "14", "NOR"), new Town("Nancy", "54000", "54", "GES"),
            new Town("Argenteuil", "95100", "95", "IDF"), new Town("Montreuil", "93100", "93", "IDF"),
            new Town("Roubaix", "59100", "59", "HDF"), new Town("Tourcoing", "59200", "59", "HDF"),
            new Town("Avignon", "84000", "84", "PAC"), new Town("Poitiers", "86000", "86", "NAQ"),
            new Town("Pau", "64000", "64", "NAQ"), new Town("La Rochelle", "17000", "17", "NAQ"),
            new Town("Ajaccio", "20000", "2A", "COR"), new Town("Bastia", "20200", "2B", "COR"),
            new Town("Saint-Denis", "97400", "974", "LRE"), new Town("Fort-de-France", "97200", "972", "MTQ"),
            new Town("Pointe-à-Pitre", "97110", "971", "GUA"), new Town("Cayenne", "97300", "973", "GUY"),
            new Town("Quimper", "29000", "29", "BRE"), new Town("Vannes", "56000", "56", "BRE"),
            new Town("Laval", "53000", "53", "PDL"), new Town("Bourges", "18000", "18", "CVL"),
            new Town("Troyes", "10000", "10", "GES"), new Town("Chambéry", "73000", "73", "ARA"),
            new Town("Valence", "26000", "26", "ARA"), new Town("Niort", "79000", "79", "NAQ"));

    static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "rue Victor Hugo",
            "boulevard Gambetta", "rue Pasteur", "rue du Général de Gaulle", "place de la Mairie", "rue des Écoles",
            "avenue de la Gare", "rue Jules Ferry", "chemin des Vignes", "rue de l'Industrie", "zone d'activités du Parc");

    static final List<String> CENTRE_KINDS = List.of("AFPA", "GRETA", "Centre de formation", "Institut",
            "École des métiers", "CFA", "Campus", "Organisme de formation");

    private FrenchNames() {
    }

    /** Index drawn with weight 1/(i+1): the first names of a ranked list come much more often. */
    static int zipf(Random random, int size) {
        double harmonic = Math.log(size) + 0.5772;
        double u = random.nextDouble() * harmonic;
        double acc = 0;
        for (int i = 0; i < size; i++) {
            acc += 1.0 / (i + 1);
            if (acc >= u) {
                return i;
            }
        }
        return size - 1;
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
