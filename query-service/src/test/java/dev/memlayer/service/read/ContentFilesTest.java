package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentFilesTest {

    @Test
    void of_givesEveryFileWithThatContent_inFileOrder_andNothingForUnknownIds() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(300);
            long[] ids = new long[n];
            Map<Long, List<Integer>> expected = new HashMap<>();
            for (int i = 0; i < n; i++) {
                // few distinct ids so contents repeat; 0 and negatives mean "no lexical row"
                ids[i] = random.nextInt(40) - 3;
                if (ids[i] > 0) {
                    expected.computeIfAbsent(ids[i], k -> new ArrayList<>()).add(i);
                }
            }
            ContentFiles files = new ContentFiles(ids);
            for (long id = -3; id < 60; id++) {
                List<Integer> want = expected.getOrDefault(id, List.of());
                assertThat(files.of(id)).as("content %d", id).containsExactly(want.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }
}
