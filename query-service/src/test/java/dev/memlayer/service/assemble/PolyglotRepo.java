package dev.memlayer.service.assemble;

import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.IndexerProcess;
import dev.memlayer.service.support.TestRepo;
import java.nio.file.Path;

/** The billing repository plus Python and TypeScript sources, indexed by the real indexer. */
final class PolyglotRepo {

    static final String PY_INVOICES = "py/billing/invoices.py";
    static final String TS_CART = "web/src/cart.ts";

    private PolyglotRepo() {
    }

    static IndexResult create(Path dir, Path db) throws Exception {
        try (TestRepo repo = TestRepo.createBilling(dir)) {
            StringBuilder py = new StringBuilder("""
                    \"\"\"Invoices: totals, taxes and issuing.\"\"\"
                    from decimal import Decimal

                    VAT_RATE = Decimal("0.20")


                    class InvoiceBook:
                        \"\"\"Keeps issued invoices.\"\"\"

                        def __init__(self):
                            self.issued = []

                        def issue(self, customer, lines):
                            total = compute_total(lines)
                            self.issued.append((customer, total))
                            return len(self.issued)


                    def compute_total(lines):
                        net = sum(line.amount for line in lines)
                        return net + apply_vat(net)


                    def apply_vat(net):
                        return (net * VAT_RATE).quantize(Decimal("0.01"))
                    """);
            for (int i = 1; i <= 40; i++) {
                py.append("\n\ndef discount_rule_").append(i).append("(total):\n")
                        .append("    \"\"\"Discount rule ").append(i).append(".\"\"\"\n")
                        .append("    return total * Decimal(\"0.").append(String.format("%02d", i)).append("\")\n");
            }
            repo.write(PY_INVOICES, py.toString());
            StringBuilder ts = new StringBuilder("""
                    export interface Item {
                      sku: string;
                      price: number;
                      qty: number;
                    }

                    export class Cart {
                      private items: Item[] = [];

                      add(item: Item): void {
                        this.items.push(item);
                      }

                      subtotal(): number {
                        return this.items.reduce((sum, i) => sum + i.price * i.qty, 0);
                      }
                    }
                    """);
            for (int i = 1; i <= 30; i++) {
                ts.append("\nexport function couponValue").append(i).append("(subtotal: number): number {\n")
                        .append("  return subtotal * ").append(i).append(" / 100;\n}\n");
            }
            repo.write(TS_CART, ts.toString());
            repo.commit("python and typescript parts");
            return new IndexerProcess().index(repo.root(), db);
        }
    }
}
