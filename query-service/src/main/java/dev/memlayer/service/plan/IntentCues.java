package dev.memlayer.service.plan;

import dev.memlayer.model.api.Intent;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cue words of each intent, one table per natural language (English, Spanish, German, French,
 * Portuguese), each cue matched on word boundaries. Adding a language is one more entry in {@link
 * #BY_LANGUAGE}; rules are listed most specific intent first, which is how {@link IntentClassifier}
 * breaks ties.
 */
final class IntentCues {

    record Rule(Intent intent, Pattern cues) {
    }

    static final List<Rule> ENGLISH = List.of(
            rule(Intent.INCIDENT, "outages?|incidents?|prod|production|timeouts?|timed out|latency|slow(?:ness|er)?"
                    + "|p99|p95|oom|out of memory|memory leak|degrad\\w*|alerts?|pager\\w*|spikes?|hangs?|on-?call"
                    + "|sev[0-3]|postmortem|5\\d\\d errors?"),
            // not "assert"/"assertion": code says it too (assert statements, contract checks, assertion
            // libraries), and "add an isEmpty assertion" there is a change to the source; a test task says "test".
            // Not "test" naming a part of the product either: a test client, server or runner is code that
            // applications call, and a change to it is a change to the source
            rule(Intent.TEST, "tests?(?! (?:client|server|runner|harness|framework)s?\\b)|testing|tested|coverage"
                    + "|unit tests?|specs?|flaky|mocks?|fixtures?"),
            // a bug is also told by its symptom: "X is ignored", "Y does not close the file", "returns 500"
            rule(Intent.BUGFIX, "fix(?:es|ed|ing)?|bugs?|errors?|crash(?:es|ed|ing)?|fail(?:s|ed|ing|ure|ures)?"
                    + "|broken|breaks?|exceptions?|wrong|incorrect(?:ly)?|regression|npe|null ?pointer|stack ?trace"
                    + "|traceback|panic(?:s|ked)?|segfault"
                    + "|(?:does|do|did|is|are|was|were|can|could|will|would)(?:n['’]t| not)"
                    + "|cannot|can['’]t|won['’]t|no longer"
                    + "|ignor(?:es|ed|ing)|unexpected(?:ly)?|typo|stop(?:s|ped)? working"
                    + "|(?:returns?|returned|throws?|threw|raises?|raised|responds? with) (?:an? )?"
                    + "(?:[45]\\d\\d|null|nil|none|undefined|nan)"
                    // the type of what goes wrong, written as code: "url_for raises BuildError when …"
                    + "|(?:raises?|raised|raising|throws?|threw|throwing|gets?|got) (?:an? )?"
                    + "(?-i:[A-Z]\\w*(?:Error|Exception))"
                    // or named alone where it happens, as a report does: "NullPointerException in Catalog.refresh",
                    // "IOError when closing", "TypeError: x is undefined" (not "add a ValidationError type")
                    + "|(?-i:[A-Z]\\w*(?:Error|Exception))(?=:| (?:in|when|on|at|if|after|while|during|from)\\b)"),
            // verbs, not the nouns made of them: "support Kotlin in the symbol extractor" is no refactor; and
            // "inline" only as a verb ("inline the helper", "Inline foo"), not "inline elements" or "inline comments"
            rule(Intent.REFACTOR, "refactor\\w*|renam\\w*|extract(?:s|ed|ing)?|clean ?up|cleanup|simplif\\w*"
                    + "|restructur\\w*|reorganiz\\w*|dedup\\w*|split(?:s|ting)?|inlin(?:es|ed|ing)|^inline"
                    + "|inline(?= (?:the|this|that|these|those|an?|it|its|them)\\b)|decoupl\\w*"
                    + "|mov(?:e|es|ed|ing)|deprecat\\w*"),
            rule(Intent.FEATURE, "add|adds|adding|implement\\w*|support\\w*|new|introduc\\w*|allow\\w*|enabl\\w*"
                    + "|feature|create"),
            rule(Intent.EXPLORE, "how|where|what|why|which|explain\\w*|overview|understand\\w*|describe|walk ?through"
                    + "|architecture"));

    // The other languages' tables hold whole words English text does not use (not German "was", French "comment",
    // Portuguese "nova"; no stem such as "implementa…" or "simplifica…", which English "implementation" and
    // "simplification" would also match), so that summing every table over an English task adds nothing; verbs
    // in the forms a task or commit message writes them (infinitive, imperative, past participle).
    static final List<Rule> SPANISH = List.of(
            rule(Intent.INCIDENT, "caídas?|lentitud|latencia|interrupción|fuga de memoria"),
            rule(Intent.TEST, "pruebas?|prueba unitaria|cobertura"),
            rule(Intent.BUGFIX, "corregir|corrige|corregido|arreglar|arregla|arreglado|fallos?|fallas?|errores"
                    + "|no funciona"),
            rule(Intent.REFACTOR, "refactorizar|refactorizado|renombrar|renombra|renombrado|simplificar|simplificado"
                    + "|reorganizar|reorganizado|limpieza"),
            rule(Intent.FEATURE, "añadir|añade|añadido|agregar|agrega|soporte para|implementar|implementado|nuevas?"
                    + "|nuevos?"),
            rule(Intent.EXPLORE, "cómo|dónde|qué|por qué|explicar|explica"));
    static final List<Rule> GERMAN = List.of(
            rule(Intent.INCIDENT, "ausfall|ausfälle|langsam|latenz|speicherleck"),
            rule(Intent.TEST, "testabdeckung|unittests?"),
            rule(Intent.BUGFIX, "behebe\\w*|behoben|fehler|absturz|stürzt|funktioniert nicht"),
            rule(Intent.REFACTOR, "umbenenne\\w*|umbenannt|vereinfach\\w*|aufräum\\w*|refaktor\\w*"),
            rule(Intent.FEATURE, "hinzufüg\\w*|hinzugefügt|unterstütz\\w*|neue[nrs]?|implementier\\w*"),
            rule(Intent.EXPLORE, "wie|warum|wieso|weshalb|erkläre\\w*"));
    static final List<Rule> FRENCH = List.of(
            rule(Intent.INCIDENT, "panne|lenteur|latence|fuite de mémoire"),
            rule(Intent.TEST, "tests unitaires|couverture"),
            rule(Intent.BUGFIX, "corriger|corrige|corrigé|bogue|plantage|erreurs?|ne fonctionne pas"),
            rule(Intent.REFACTOR, "renommer|renomme|renommé|simplifier|simplifié|nettoyage|réorganiser|réorganisé"),
            rule(Intent.FEATURE, "ajouter|ajoute|ajouté|prise en charge|nouvelles?|nouveaux?|implémenter|implémenté"),
            rule(Intent.EXPLORE, "où|pourquoi|expliquer|explique"));
    static final List<Rule> PORTUGUESE = List.of(
            rule(Intent.INCIDENT, "lentidão|latência|vazamento de memória"),
            rule(Intent.TEST, "testes|cobertura"),
            rule(Intent.BUGFIX, "corrigir|corrige|corrigido|correção|falhas?|erros?|não funciona"),
            rule(Intent.REFACTOR, "renomear|renomeia|renomeado|simplificar|simplificado|reorganizar|reorganizado"
                    + "|limpeza"),
            rule(Intent.FEATURE, "adicionar|adiciona|adicionado|suporte a|implementar|implementado|novas|novos"),
            rule(Intent.EXPLORE, "onde|por que|porque|explicar|explica"));

    /** Language tag → its rules; a task's cues are counted in every table. */
    static final Map<String, List<Rule>> BY_LANGUAGE = Map.of("en", ENGLISH, "es", SPANISH, "de", GERMAN,
            "fr", FRENCH, "pt", PORTUGUESE);

    private IntentCues() {
    }

    private static Rule rule(Intent intent, String alternatives) {
        // letters of every script are word characters, so "añadir" and "où" end where a word ends
        return new Rule(intent, Pattern.compile("\\b(?:" + alternatives + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }
}
