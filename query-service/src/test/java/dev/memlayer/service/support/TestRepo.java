package dev.memlayer.service.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** A real git repository (JGit) with a small, realistic billing code base. */
public final class TestRepo implements AutoCloseable {

    public static final String INVOICE_SERVICE = "src/main/java/com/acme/billing/InvoiceService.java";
    public static final String PAYMENT_GATEWAY = "src/main/java/com/acme/billing/PaymentGateway.java";
    public static final String CHANGELOG = "CHANGELOG.md";
    /** Files the indexer should keep: everything written below except the ignored ones. */
    public static final int TRACKED_FILES = 9;

    private final Path root;
    private final Git git;

    private TestRepo(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    public static TestRepo createBilling(Path dir) throws IOException, GitAPIException {
        Files.createDirectories(dir);
        TestRepo repo = new TestRepo(dir.toRealPath(), Git.init().setDirectory(dir.toFile()).setInitialBranch("main")
                .call());
        repo.write(".gitignore", "build/\n*.log\n");
        repo.write("README.md", """
                # Acme billing

                Issues invoices for orders and collects payments through a payment gateway.
                Shipping is tracked separately. Run `mvn test` to check everything.
                """);
        repo.write(CHANGELOG, "# Changes\n\n- first release\n");
        repo.write("docs/architecture.md", """
                # Architecture

                The billing module owns invoices and taxes; payments go through PaymentGateway,
                which retries declined cards once. Shipping has its own tracker.
                """);
        repo.write(INVOICE_SERVICE, invoiceService());
        repo.write(PAYMENT_GATEWAY, paymentGateway());
        repo.write("src/main/java/com/acme/billing/TaxCalculator.java", """
                package com.acme.billing;

                import java.math.BigDecimal;
                import java.math.RoundingMode;

                /** Computes VAT for an invoice line. */
                public final class TaxCalculator {

                    private static final BigDecimal RATE = new BigDecimal("0.20");

                    public BigDecimal vat(BigDecimal net) {
                        return net.multiply(RATE).setScale(2, RoundingMode.HALF_UP);
                    }
                }
                """);
        repo.write("src/main/java/com/acme/shipping/ShipmentTracker.java", """
                package com.acme.shipping;

                import java.util.HashMap;
                import java.util.Map;

                /** Tracks where each shipment is. */
                public class ShipmentTracker {

                    private final Map<String, String> locations = new HashMap<>();

                    public void update(String shipmentId, String location) {
                        locations.put(shipmentId, location);
                    }

                    public String locate(String shipmentId) {
                        return locations.getOrDefault(shipmentId, "unknown");
                    }
                }
                """);
        repo.write("src/test/java/com/acme/billing/InvoiceServiceTest.java", """
                package com.acme.billing;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import java.math.BigDecimal;
                import org.junit.jupiter.api.Test;

                class InvoiceServiceTest {

                    @Test
                    void total_addsVat() {
                        InvoiceService service = new InvoiceService(new TaxCalculator(), new PaymentGateway());
                        assertEquals(new BigDecimal("120.00"), service.total(new BigDecimal("100.00")));
                    }
                }
                """);
        repo.write("build/output.txt", "generated, ignored\n");
        repo.write("debug.log", "ignored log line\n");
        repo.commit("initial import");
        return repo;
    }

    /** Python shop: the task's symbol, a module reachable only by import, its test, and bystanders; two kebab-case JavaScript files. */
    public static final String PRICING = "shop/pricing.py";
    public static final String RATE_TABLE = "shop/tiers.py";
    public static final String PRICING_TEST = "tests/test_pricing.py";
    /** A lint rule in kebab case, with a test and a page of documentation under the same name. */
    public static final String GIFT_RULE = "shop/rules/no-gift-cards.js";
    public static final String GIFT_WRAP = "shop/web/gift-wrap.js";
    /** A check and its failure message, named after one property with other predicate words. */
    public static final String EXPRESS_CHECK = "shop/checks/delivery_checks.py";
    public static final String EXPRESS_MESSAGE = "shop/checks/messages.py";
    /** The shop's changelog, whose entries use the words of the shipping code. */
    public static final String SHOP_CHANGES = "CHANGES.md";

    public static TestRepo createShop(Path dir) throws IOException, GitAPIException {
        Files.createDirectories(dir);
        TestRepo repo = new TestRepo(dir.toRealPath(), Git.init().setDirectory(dir.toFile()).setInitialBranch("main")
                .call());
        repo.write("README.md", "# Shop\n\nA small web shop: carts, shipping and prices.\n");
        repo.write(SHOP_CHANGES, """
                # Changes

                ## 1.2
                - The shipping cost of a cart depends on the destination country.
                - Shipping cost to the home country is cheaper.
                """);
        repo.write("shop/__init__.py", "");
        repo.write(PRICING, """
                from shop.tiers import TIER_TABLE


                def compute_discount_rate(quantity):
                    \"\"\"Rate applied to an order line of this many items.\"\"\"
                    for threshold, rate in TIER_TABLE:
                        if quantity >= threshold:
                            return rate
                    return 0
                """);
        repo.write(RATE_TABLE, """
                TIER_TABLE = [
                    (1000, 0.15),
                    (100, 0.10),
                    (10, 0.05),
                ]
                """);
        repo.write("shop/cart.py", """
                class Cart:
                    def __init__(self):
                        self.lines = []

                    def add_line(self, sku, quantity):
                        self.lines.append((sku, quantity))
                """);
        repo.write("shop/shipping.py", """
                def shipping_cost(weight_kg, country):
                    base = 5 if country == "home" else 15
                    return base + weight_kg * 2
                """);
        repo.write("shop/orders.py", """
                from shop.cart import Cart


                def place_order(cart: Cart, customer):
                    return {"customer": customer, "lines": list(cart.lines)}
                """);
        repo.write(PRICING_TEST, """
                from shop.pricing import compute_discount_rate


                def test_compute_discount_rate_small_order():
                    assert compute_discount_rate(1) == 0


                def test_compute_discount_rate_large_order():
                    assert compute_discount_rate(5000) == 0.15
                    assert compute_discount_rate(150) == 0.10
                """);
        repo.write(GIFT_RULE, """
                module.exports = {
                  create(context) {
                    return { Payment(node) { if (node.method === "gift") context.report(node, "gift cards refused"); } };
                  },
                };
                """);
        repo.write("tests/rules/no-gift-cards.js", """
                const rule = require("../../shop/rules/no-gift-cards");
                test("gift cards refused", () => expect(rule.create).toBeDefined());
                """);
        repo.write("docs/rules/no-gift-cards.md", "# no-gift-cards\n\nRefuses gift cards as a payment method.\n");
        repo.write("shop/rules/gift-card-limits.js", """
                // gift cards: how much of an order gift cards may pay, and which gift cards are accepted
                module.exports = { maxGiftCardShare: 0.5, acceptedGiftCards: ["shop", "partner"] };
                """);
        repo.write(GIFT_WRAP, """
                function wrap(order, paper) {
                  return { ...order, paper };
                }
                module.exports = { wrap };
                """);
        repo.write("index.js", "module.exports = require(\"./shop/web\");\n");
        repo.write("shop/web/index.js", "module.exports = { ...require(\"./gift-wrap\") };\n");
        repo.write(EXPRESS_CHECK, """
                from shop.checks.messages import should_have_express_delivery


                def assert_has_express_delivery(order):
                    if not order.get("express"):
                        raise ValueError(should_have_express_delivery(order))
                """);
        repo.write(EXPRESS_MESSAGE, """
                def should_have_express_delivery(order):
                    return "expected order %s to ship by express" % order["id"]
                """);
        repo.write("shop/carriers.py", """
                # Carriers: express delivery, standard delivery and the fees of each delivery option.
                # An express delivery costs more; express delivery orders ship the same day.
                def express_delivery_fee(weight_kg):
                    return 12 + weight_kg  # express delivery


                def standard_delivery_fee(weight_kg):
                    return 4 + weight_kg  # standard delivery
                """);
        repo.commit("initial import");
        return repo;
    }

    public Path root() {
        return root;
    }

    public void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    public void append(String path, String line) throws IOException {
        Files.writeString(root.resolve(path), Files.readString(root.resolve(path)) + line + "\n",
                StandardCharsets.UTF_8);
    }

    public void commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.com")
                .setCommitter("Test", "test@example.com").setSign(false).call();
    }

    /** Commits everything and indexes the repository into {@code db} with the real indexer. */
    public IndexResult commitAndIndex(String message, Path db) throws Exception {
        commit(message);
        return new IndexerProcess().index(root, db);
    }

    /** Commits everything (deletions too) at a fixed time, so commit order never depends on the clock's second. */
    public String commitAt(String message, java.time.Instant when) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.com", when,
                java.time.ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call().getName();
    }

    public void delete(String path) throws IOException {
        Files.delete(root.resolve(path));
    }

    /** A repository at {@code dir}, empty or not: a test writes and commits its own files into it. */
    public static TestRepo open(Path dir) throws IOException, GitAPIException {
        Files.createDirectories(dir);
        return new TestRepo(dir.toRealPath(), Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    @Override
    public void close() {
        git.close();
    }

    private static String invoiceService() {
        StringBuilder body = new StringBuilder("""
                package com.acme.billing;

                import java.math.BigDecimal;
                import java.util.ArrayList;
                import java.util.List;

                /** Issues invoices: totals with VAT, then charges the customer through the gateway. */
                public class InvoiceService {

                    private final TaxCalculator taxes;
                    private final PaymentGateway gateway;
                    private final List<String> issued = new ArrayList<>();

                    public InvoiceService(TaxCalculator taxes, PaymentGateway gateway) {
                        this.taxes = taxes;
                        this.gateway = gateway;
                    }

                    /** Net plus VAT, rounded half-up to cents. */
                    public BigDecimal total(BigDecimal net) {
                        return net.add(taxes.vat(net));
                    }

                    public String issue(String customer, BigDecimal net) {
                        BigDecimal total = total(net);
                        String invoiceId = "INV-" + (issued.size() + 1);
                        gateway.charge(customer, total);
                        issued.add(invoiceId);
                        return invoiceId;
                    }
                """);
        // enough code that small budgets must cut it into snippets
        for (int i = 1; i <= 30; i++) {
            body.append("\n    /** Discount rule ").append(i).append(". */\n")
                    .append("    public BigDecimal discount").append(i).append("(BigDecimal total) {\n")
                    .append("        return total.multiply(new BigDecimal(\"0.").append(String.format("%02d", i))
                    .append("\"));\n    }\n");
        }
        return body.append("}\n").toString();
    }

    private static String paymentGateway() {
        return """
                package com.acme.billing;

                import java.math.BigDecimal;

                /** Charges cards through the payment provider; retries a declined card once. */
                public class PaymentGateway {

                    private int attempts;

                    public boolean charge(String customer, BigDecimal amount) {
                        attempts++;
                        if (amount.signum() <= 0) {
                            throw new IllegalArgumentException("amount must be positive");
                        }
                        return attempts < 3;
                    }
                }
                """;
    }
}
