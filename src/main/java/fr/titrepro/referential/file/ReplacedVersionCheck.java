package fr.titrepro.referential.file;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.Set;

/**
 * The {@code replaces} block of a référentiel file, for {@link ReferentialFileValidator}: the version replaced must be
 * loaded and not this one, and each line of its correspondence table names CCPs that exist on both sides.
 */
final class ReplacedVersionCheck {

    private final JsonFields in;
    private final ReferentialFileValidator.KnownVersions known;

    ReplacedVersionCheck(JsonFields in, ReferentialFileValidator.KnownVersions known) {
        this.in = in;
        this.known = known;
    }

    void check(JsonNode replaces, String code, String version, Set<Integer> newCcps) {
        if (replaces == null || replaces.isNull()) {
            return;
        }
        if (!replaces.isObject()) {
            in.error("replaces", "« replaces » doit être un objet (code, version, correspondences).");
            return;
        }
        String oldCode = in.text(replaces, "code", "replaces.", true, 16);
        String oldVersion = in.text(replaces, "version", "replaces.", true, 20);
        JsonNode official = replaces.get("official");
        if (official != null && !official.isNull() && !official.isBoolean()) {
            in.error("replaces.official", "Doit valoir true ou false.");
        }
        in.text(replaces, "note", "replaces.", false, 1000);
        if (oldCode == null || oldVersion == null) {
            return;
        }
        if (oldCode.equals(code) && oldVersion.equals(version)) {
            in.error("replaces", "Une version ne peut pas se remplacer elle-même.");
            return;
        }
        Optional<Set<Integer>> oldCcps = known.ccpNumbers(oldCode, oldVersion);
        if (oldCcps.isEmpty()) {
            in.error("replaces", "La version remplacée " + oldCode + " version " + oldVersion
                    + " n'est pas chargée : importez-la d'abord.");
        }
        JsonNode list = replaces.get("correspondences");
        if (!in.requireArray(list, "replaces.correspondences", false, null)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            correspondence(list.get(i), "replaces.correspondences[" + i + "]", oldCcps, newCcps);
        }
    }

    /** One line of the table: CCPs of the replaced version (one, or a list) to CCPs of this version. */
    private void correspondence(JsonNode line, String p, Optional<Set<Integer>> oldCcps, Set<Integer> newCcps) {
        if (!line.isObject()) {
            in.error(p, "Une correspondance doit être un objet (from, to).");
            return;
        }
        JsonNode fromNode = line.get("from");
        if (fromNode != null && fromNode.isArray()) {
            if (fromNode.isEmpty()) {
                in.error(p + ".from", "Au moins un CCP de la version remplacée est requis.");
            }
            for (int j = 0; j < fromNode.size(); j++) {
                JsonNode n = fromNode.get(j);
                if (!n.isInt()) {
                    in.error(p + ".from[" + j + "]", "Doit être un numéro de CCP.");
                } else if (oldCcps.isPresent() && !oldCcps.get().contains(n.asInt())) {
                    in.error(p + ".from[" + j + "]", "La version remplacée n'a pas de CCP n° " + n.asInt() + ".");
                }
            }
        } else {
            Integer from = in.integer(line, "from", p + ".", true, 1, 99);
            if (from != null && oldCcps.isPresent() && !oldCcps.get().contains(from)) {
                in.error(p + ".from", "La version remplacée n'a pas de CCP n° " + from + ".");
            }
        }
        JsonNode to = line.get("to");
        if (!in.requireArray(to, p + ".to", true, "Au moins un CCP de la nouvelle version est requis.")) {
            return;
        }
        for (int j = 0; j < to.size(); j++) {
            JsonNode n = to.get(j);
            if (!n.isInt()) {
                in.error(p + ".to[" + j + "]", "Doit être un numéro de CCP.");
            } else if (!newCcps.contains(n.asInt())) {
                in.error(p + ".to[" + j + "]", "Cette version n'a pas de CCP n° " + n.asInt() + ".");
            }
        }
    }
}
