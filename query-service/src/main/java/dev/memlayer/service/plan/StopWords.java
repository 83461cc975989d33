package dev.memlayer.service.plan;

import java.util.Set;

/**
 * Words that say nothing about where the code is: function words (English, and those of the other
 * languages {@link IntentCues} reads) and commit/issue boilerplate. They still drive {@link IntentClassifier}, which reads the raw text.
 */
final class StopWords {

    static final Set<String> ALL = Set.copyOf(java.util.List.of(
            // English function words
            "a", "an", "the", "and", "or", "but", "if", "then", "else", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "without", "into", "onto", "as", "is", "are", "was", "were", "be", "been",
            "being", "it", "its", "this", "that", "these", "those", "there", "here", "we", "our", "you", "your",
            "they", "their", "he", "she", "his", "her", "i", "me", "my", "not", "no", "do", "does", "did",
            "done", "so", "than", "too", "very", "can", "could", "would", "will", "shall", "may", "might",
            "must", "should", "have", "has", "had", "all", "any", "some", "each", "every", "more", "most",
            "other", "such", "only", "own", "same", "also", "just", "about", "after", "before", "again",
            "when", "where", "which", "who", "whom", "what", "why", "how", "while", "up", "down", "out",
            "over", "under", "via", "per", "both", "either", "neither", "instead", "now", "still", "yet",
            // Spanish, German, French and Portuguese function words, for tasks written in them; not the ones code
            // or English use too: locale codes (en, es, de), die, des (the cipher), em (the CSS unit), del, sin,
            // sem, dos (DoS), y, si
            "el", "los", "las", "una", "unos", "unas", "al", "para", "por", "con", "cuando", "pero",
            "muy", "más", "este", "esta", "esto", "der", "das", "den", "dem", "ein", "eine", "einen", "einem",
            "und", "oder", "nicht", "für", "von", "zu", "auf", "ist", "wenn", "bei", "nach", "wird", "werden",
            "le", "les", "une", "du", "et", "ou", "pour", "avec", "dans", "sur", "pas", "est", "qui", "quand",
            "cette", "ces", "sont", "um", "uma", "da", "nas", "com", "não", "quando", "que",
            // commit and issue boilerplate
            "fix", "fixes", "fixed", "fixing", "issue", "issues", "bug", "bugs", "add", "adds", "added",
            "adding", "update", "updates", "updated", "updating", "use", "uses", "used", "using", "make",
            "makes", "made", "change", "changes", "changed", "ensure", "ensures", "handle", "handles",
            "properly", "correctly", "correct", "wrong", "instead", "allow", "allows", "support", "supports",
            "new", "remove", "removes", "removed", "improve", "improves", "please", "need", "needs", "want",
            "work", "works", "working", "case", "cases", "code", "file", "files", "implement", "implements",
            "closes", "close", "resolve", "resolves", "see", "pr", "todo", "etc", "eg", "ie", "e", "g"));

    private StopWords() {
    }
}
