package dev.memlayer.bench.generate;

import java.util.List;
import java.util.Locale;

/** The vocabulary of generated code: domains, layers, type and method names, and case conversions. */
final class Words {

    static final List<String> DOMAINS = List.of("billing", "orders", "inventory", "shipping", "auth", "users",
            "catalog", "search", "payments", "notifications", "reporting", "analytics", "pricing", "reviews", "cart",
            "checkout", "accounts", "audit", "storage", "scheduler", "gateway", "ledger", "invoices", "tax", "loyalty",
            "media", "messaging", "sessions", "metrics", "settings");

    /** No layer is a reserved word in any of the six languages ({@code core} would shadow Rust's crate). */
    static final List<String> LAYERS = List.of("api", "service", "model", "store", "events", "jobs", "client", "web",
            "rules", "adapters");

    static final List<String> QUALIFIERS = List.of("Invoice", "Order", "Refund", "Customer", "Item", "Line", "Batch",
            "Report", "Event", "Token", "Session", "Account", "Price", "Discount", "Shipment", "Coupon", "Ledger",
            "Payment", "Profile", "Quota", "Review", "Schedule", "Stock", "Tenant");

    static final List<String> NOUNS = List.of("Service", "Repository", "Controller", "Validator", "Mapper", "Client",
            "Handler", "Factory", "Policy", "Scheduler", "Cache", "Builder", "Parser", "Formatter", "Publisher",
            "Listener", "Resolver", "Registry", "Calculator", "Exporter", "Importer", "Gateway", "Tracker", "Monitor");

    static final List<String> VERBS = List.of("load", "save", "validate", "compute", "render", "parse", "apply",
            "refresh", "publish", "resolve", "merge", "split", "find", "update", "cancel", "schedule", "retry",
            "close", "reserve", "settle");

    static final List<String> AUTHORS = List.of("Ada Moreno", "Bo Lindqvist", "Chidi Okafor", "Dana Cohen",
            "Emil Novak", "Farah Haddad");

    private Words() {
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** {@code InvoiceService} → {@code invoice_service}. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** {@code InvoiceService} → {@code invoice-service}. */
    static String kebab(String camel) {
        return snake(camel).replace('_', '-');
    }

    /** {@code InvoiceService} → {@code invoiceService}. */
    static String lowerFirst(String camel) {
        return camel.isEmpty() ? camel : Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    }

    /** Words of a camel-case name, lower case and space separated: {@code validateInvoice} → {@code validate invoice}. */
    static String spaced(String camel) {
        return snake(camel).replace('_', ' ');
    }
}
