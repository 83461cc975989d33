package dev.memlayer.indexer.churn;

/**
 * How alike two paths are, 0 to 100, as git and JGit weigh it into a rename's score: the common
 * start and the common end of the directories (a quarter each) and the common end of the file
 * names (half), each relative to the longer of the two.
 */
final class PathSimilarity {

    private PathSimilarity() {
    }

    static int score(String a, String b) {
        int aDir = a.lastIndexOf('/') + 1;
        int bDir = b.lastIndexOf('/') + 1;
        int dirMin = Math.min(aDir, bDir);
        int dirMax = Math.max(aDir, bDir);
        int dirFromStart;
        int dirFromEnd;
        if (dirMax == 0) {
            dirFromStart = 100;
            dirFromEnd = 100;
        } else {
            int same = 0;
            while (same < dirMin && a.charAt(same) == b.charAt(same)) {
                same++;
            }
            dirFromStart = same * 100 / dirMax;
            if (dirFromStart == 100) {
                dirFromEnd = 100;
            } else {
                same = 0;
                while (same < dirMin && a.charAt(aDir - 1 - same) == b.charAt(bDir - 1 - same)) {
                    same++;
                }
                dirFromEnd = same * 100 / dirMax;
            }
        }
        int nameMin = Math.min(a.length() - aDir, b.length() - bDir);
        int nameMax = Math.max(a.length() - aDir, b.length() - bDir);
        int same = 0;
        while (same < nameMin && a.charAt(a.length() - 1 - same) == b.charAt(b.length() - 1 - same)) {
            same++;
        }
        int nameFromEnd = same * 100 / nameMax;
        return ((dirFromStart + dirFromEnd) * 25 + nameFromEnd * 50) / 100;
    }
}
