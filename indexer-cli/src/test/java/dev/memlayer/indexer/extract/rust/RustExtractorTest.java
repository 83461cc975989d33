package dev.memlayer.indexer.extract.rust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.facts.TypeRelationFact;
import org.junit.jupiter.api.Test;

class RustExtractorTest {

    private static final String SOURCE = """
            //! TCP transport.
            use crate::net::{addr::Addr, self};
            use super::codec::*;
            use std::io::{self, Read as R};
            mod frame;
            extern crate bytes;

            /// A connection.
            /// Not thread-safe.
            #[derive(Debug)]
            pub struct Conn<T> {
                pub addr: Addr,
                buf: Vec<T>,
            }

            pub(crate) trait Transport: Send + io::Read {
                fn send(&mut self, data: &[u8]) -> io::Result<usize>;
            }

            impl<T: Clone> Transport for Conn<T> {
                fn send(&mut self,
                        data: &[u8]) -> io::Result<usize> {
                    println!("sending");
                    self.flush();
                    self.flush();
                    Ok(frame::Frame::new(data).len())
                }
            }

            impl<T> Conn<T> {
                pub const LIMIT: usize = 64;
                fn flush(&mut self) {}
            }

            pub(crate) mod pool {
                pub fn get() -> Option<u8> { None }
                mod inner;
            }

            macro_rules! bail { ($e:expr) => { return Err($e) }; }
            """;

    private final FileFacts facts = new RustExtractor().extract(SourceFile.of("src/net/tcp.rs", SOURCE));

    @Test
    void extract_symbols_modulePathAndImplContainers() {
        assertThat(facts.symbols()).containsExactly(
                new SymbolFact("module", "frame", "net::tcp", "mod frame", 5, 5, false, null),
                new SymbolFact("struct", "Conn", "net::tcp", "pub struct Conn<T>", 11, 14, true,
                        "A connection.\nNot thread-safe."),
                new SymbolFact("field", "addr", "net::tcp::Conn", "pub addr: Addr", 12, 12, true, null),
                new SymbolFact("field", "buf", "net::tcp::Conn", "buf: Vec<T>", 13, 13, false, null),
                new SymbolFact("trait", "Transport", "net::tcp", "pub(crate) trait Transport: Send + io::Read", 16, 18,
                        true, null),
                new SymbolFact("method", "send", "net::tcp::Transport",
                        "fn send(&mut self, data: &[u8]) -> io::Result<usize>", 17, 17, false, null),
                new SymbolFact("impl", "Conn", "net::tcp", "impl<T: Clone> Transport for Conn<T>", 20, 28, false, null),
                new SymbolFact("method", "send", "net::tcp::impl Transport for Conn",
                        "fn send(&mut self, data: &[u8]) -> io::Result<usize>", 21, 27, true, null),
                new SymbolFact("impl", "Conn", "net::tcp", "impl<T> Conn<T>", 30, 33, false, null),
                new SymbolFact("constant", "LIMIT", "net::tcp::impl Conn", "pub const LIMIT: usize", 31, 31, true, null),
                new SymbolFact("method", "flush", "net::tcp::impl Conn", "fn flush(&mut self)", 32, 32, false, null),
                new SymbolFact("module", "pool", "net::tcp", "pub(crate) mod pool", 35, 38, true, null),
                new SymbolFact("function", "get", "net::tcp::pool", "pub fn get() -> Option<u8>", 36, 36, true, null),
                new SymbolFact("module", "inner", "net::tcp::pool", "mod inner", 37, 37, false, null),
                new SymbolFact("macro", "bail", "net::tcp", "macro_rules! bail", 40, 40, false, null));
    }

    @Test
    void extract_useTreesExpanded_modAndExternCrate() {
        assertThat(facts.imports()).containsExactly(
                new ImportFact("crate::net::addr::Addr", "use", 2),
                new ImportFact("crate::net", "use", 2),
                new ImportFact("super::codec", "wildcard", 3),
                new ImportFact("std::io", "use", 4),
                new ImportFact("std::io::Read", "use", 4),
                new ImportFact("frame", "mod", 5),
                new ImportFact("bytes", "extern_crate", 6),
                new ImportFact("pool::inner", "mod", 37));
    }

    @Test
    void extract_callsMacrosAndTraitImpls() {
        assertThat(facts.calls()).containsExactly(
                new CallFact("println!", 1, 23),
                new CallFact("flush", 2, 24),
                new CallFact("Ok", 1, 26),
                new CallFact("len", 1, 26),
                new CallFact("new", 1, 26));
        assertThat(facts.typeRelations()).containsExactly(
                new TypeRelationFact("Transport", "extends", "Send", 16),
                new TypeRelationFact("Transport", "extends", "io::Read", 16),
                new TypeRelationFact("Conn", "impl", "Transport", 20));
        assertThat(facts.comments()).containsExactly("TCP transport.", "A connection.", "Not thread-safe.");
        assertThat(facts.strings()).containsExactly("sending");
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_crateRoot_hasNoContainer() {
        FileFacts lib = new RustExtractor().extract(SourceFile.of("crates/core/src/lib.rs", "pub fn run() {}\n"));
        assertThat(lib.symbols()).containsExactly(new SymbolFact("function", "run", null, "pub fn run()", 1, 1, true, null));
    }

    @Test
    void extract_malformedFile_keepsWhatParsedAndCountsErrors() {
        FileFacts broken = new RustExtractor().extract(SourceFile.of("src/lib.rs", """
                pub fn ok() -> u8 { 1 }
                pub fn broken( -> u8 { 2
                pub struct After;
                """));
        assertThat(broken.parseErrors()).isPositive();
        assertThat(broken.symbols()).extracting(SymbolFact::name).contains("ok");
    }
}
