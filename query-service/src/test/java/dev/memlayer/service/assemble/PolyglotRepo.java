package dev.memlayer.service.assemble;

import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.IndexerProcess;
import dev.memlayer.service.support.TestRepo;
import java.nio.file.Path;

/** The billing repository plus Python, TypeScript and Java sources, indexed by the real indexer. */
final class PolyglotRepo {

    static final String PY_INVOICES = "py/billing/invoices.py";
    static final String TS_CART = "web/src/cart.ts";
    static final String JAVA_CHECKOUT = "shop/src/main/java/shop/Checkout.java";
    /** CommonJS: one function under two names, beside another. */
    static final String JS_RESPONSE = "web/lib/response.js";

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
            StringBuilder java = new StringBuilder("""
                    package shop;

                    /** Takes payment for orders and gives it back. */
                    public class Checkout {
                        private final PaymentGateway service;
                        private final Ledger ledger;

                        public Checkout(PaymentGateway service, Ledger ledger) {
                            this.service = service;
                            this.ledger = ledger;
                        }

                        public Receipt pay(Order order) {
                            Receipt receipt = service.charge(order.total());
                            ledger.record(receipt);
                            return receipt;
                        }

                        public Receipt refundOrder(Order order) {
                            return service.reverse(ledger.receiptOf(order));
                        }

                        public Receipt refundShipping(Order order) {
                            return service.reverse(ledger.shippingOf(order));
                        }
                    """);
            for (int i = 1; i <= 60; i++) {
                java.append("\n    /** Pricing step ").append(i).append(". */\n")
                        .append("    public long step").append(i).append("(long cents) {\n")
                        .append(i == 47 ? "        // the weekend surcharge is added here\n" : "")
                        .append("        return cents + ").append(i).append(" * ledger.roundingFor(").append(i).append(");\n")
                        .append("    }\n");
            }
            repo.write(JAVA_CHECKOUT, java.append("}\n").toString());
            repo.write(JS_RESPONSE, """
                    var res = module.exports = {};

                    res.contentType =
                    res.type = function contentType(type) {
                      return this.set('Content-Type', type);
                    };

                    res.set = function set(field, value) {
                      this.headers[field] = value;
                      return this;
                    };
                    """);
            repo.commit("python and typescript parts");
            return new IndexerProcess().index(repo.root(), db);
        }
    }
}
