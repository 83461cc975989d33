package dev.memlayer.indexer.extract.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.facts.TypeRelationFact;
import org.junit.jupiter.api.Test;

class TypeScriptExtractorTest {

    private final TypeScriptExtractor extractor = new TypeScriptExtractor();

    private static final String SERVICE_TS = """
            import { Repo } from '@/lib/repo';
            import type { Options } from './types';
            import './polyfill';
            export { helper } from './helper';

            /**
             * Adds two numbers.
             * @param a first
             */
            export const add = (a: number,
                                b: number): number => a + b;

            export const VERSION = "1.2";

            export default class OrderService<T> extends BaseService<T> implements Disposable, Api.Handler {
              private readonly cache = new Map<string, T>();

              constructor(private repo: Repo) {
                super();
              }

              async save(order: T,
                         opts?: Options): Promise<void> {
                await this.repo.save(order);
                this.repo.save(order);
              }

              get size(): number { return this.cache.size; }
            }

            export interface Api extends Base { call(x: string): void; name: string }

            namespace Util {
              export function fmt(n: number) { return format(n); }
            }

            function load() {
              const lazy = import('./lazy');
              const fs = require('fs');
            }
            """;

    @Test
    void extract_typescriptSymbols_signaturesContainersAndExports() {
        FileFacts facts = extractor.extract(SourceFile.of("src/order.ts", SERVICE_TS));
        assertThat(facts.symbols()).containsExactly(
                new SymbolFact("function", "add", null,
                        "export const add = (a: number, b: number): number", 10, 11, true,
                        "Adds two numbers.\n@param a first"),
                new SymbolFact("constant", "VERSION", null, "export const VERSION", 13, 13, true, null),
                new SymbolFact("class", "OrderService", null,
                        "export default class OrderService<T> extends BaseService<T> implements Disposable, Api.Handler",
                        15, 29, true, null),
                new SymbolFact("field", "cache", "OrderService", "private readonly cache", 16, 16, false, null),
                new SymbolFact("constructor", "constructor", "OrderService", "constructor(private repo: Repo)", 18, 20,
                        true, null),
                new SymbolFact("method", "save", "OrderService",
                        "async save(order: T, opts?: Options): Promise<void>", 22, 26, true, null),
                new SymbolFact("property", "size", "OrderService", "get size(): number", 28, 28, true, null),
                new SymbolFact("interface", "Api", null, "export interface Api extends Base", 31, 31, true, null),
                new SymbolFact("method", "call", "Api", "call(x: string): void", 31, 31, true, null),
                new SymbolFact("property", "name", "Api", "name: string", 31, 31, true, null),
                new SymbolFact("module", "Util", null, "namespace Util", 33, 35, false, null),
                new SymbolFact("function", "fmt", "Util", "export function fmt(n: number)", 34, 34, true, null),
                new SymbolFact("function", "load", null, "function load()", 37, 40, false, null));
    }

    @Test
    void extract_imports_allForms() {
        FileFacts facts = extractor.extract(SourceFile.of("src/order.ts", SERVICE_TS));
        assertThat(facts.imports()).containsExactly(
                new ImportFact("@/lib/repo", "import", 1),
                new ImportFact("./types", "type", 2),
                new ImportFact("./polyfill", "side_effect", 3),
                new ImportFact("./helper", "reexport", 4),
                new ImportFact("./lazy", "dynamic", 38),
                new ImportFact("fs", "require", 39));
    }

    @Test
    void extract_callsAndTypeRelations() {
        FileFacts facts = extractor.extract(SourceFile.of("src/order.ts", SERVICE_TS));
        assertThat(facts.calls()).containsExactly(
                new CallFact("Map", 1, 16),
                new CallFact("save", 2, 24),
                new CallFact("format", 1, 34));
        assertThat(facts.typeRelations()).containsExactly(
                new TypeRelationFact("OrderService", "extends", "BaseService", 15),
                new TypeRelationFact("OrderService", "implements", "Disposable", 15),
                new TypeRelationFact("OrderService", "implements", "Api.Handler", 15),
                new TypeRelationFact("Api", "extends", "Base", 31));
        assertThat(facts.comments()).containsExactly("Adds two numbers.\n@param a first");
        assertThat(facts.strings()).contains("1.2");
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_tsxComponent_arrowExportIsFunction_jsxTagsAreCalls() {
        FileFacts facts = extractor.extract(SourceFile.of("src/App.tsx", """
                import React from 'react';
                import { Button } from './ui';

                export const App = ({ title }: Props) => {
                  return <Layout><Button label={title} /><div>{t("hi")}</div></Layout>;
                };

                export function Header(): JSX.Element {
                  return <ui.Title />;
                }
                """));
        assertThat(facts.symbols()).containsExactly(
                new SymbolFact("function", "App", null, "export const App = ({ title }: Props)", 4, 6, true, null),
                new SymbolFact("function", "Header", null, "export function Header(): JSX.Element", 8, 10, true, null));
        assertThat(facts.calls()).containsExactly(
                new CallFact("Layout", 1, 5),
                new CallFact("Button", 1, 5),
                new CallFact("t", 1, 5),
                new CallFact("Title", 1, 9));
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_javascriptCommonJs_withJsGrammar() {
        FileFacts facts = extractor.extract(SourceFile.of("lib/index.cjs", """
                'use strict';
                const path = require('path');
                class Loader extends EventEmitter {
                  load(file) { return path.resolve(file); }
                }
                var debug = require('debug')('app:loader'), resolve = require('./resolve').sync;
                module.exports = { Loader };
                """));
        // a require binding is an import, as ESM's import is, not a definition of the file
        assertThat(facts.symbols()).containsExactly(
                new SymbolFact("class", "Loader", null, "class Loader extends EventEmitter", 3, 5, false, null),
                new SymbolFact("method", "load", "Loader", "load(file)", 4, 4, false, null));
        assertThat(facts.imports()).containsExactlyInAnyOrder(new ImportFact("path", "require", 2),
                new ImportFact("debug", "require", 6), new ImportFact("./resolve", "require", 6));
        assertThat(facts.typeRelations()).containsExactly(new TypeRelationFact("Loader", "extends", "EventEmitter", 3));
        assertThat(facts.calls()).containsExactly(new CallFact("resolve", 1, 4));
    }

    @Test
    void extract_functionsAssignedToMembers_areTheModulesApi() {
        FileFacts facts = extractor.extract(SourceFile.of("lib/application.js", """
                var app = exports = module.exports = {};

                /**
                 * Listen for connections.
                 */
                app.listen = function listen() {
                  var server = http.createServer(this);
                  return server.listen.apply(server, arguments);
                };

                exports._init = () => {};
                Router.prototype.handle = function handle(req, res) {
                  next();
                };
                module.exports = function createApplication() {};
                app.locals = Object.create(null);
                """));
        assertThat(facts.symbols()).containsExactly(
                new SymbolFact("variable", "app", null, "var app", 1, 1, false, null),
                new SymbolFact("function", "listen", "app", "app.listen = function listen()", 6, 9, true,
                        "Listen for connections."),
                new SymbolFact("function", "_init", "exports", "exports._init = ()", 11, 11, false, null),
                new SymbolFact("method", "handle", "Router", "Router.prototype.handle = function handle(req, res)", 12,
                        14, true, null),
                new SymbolFact("function", "createApplication", null, "module.exports = function createApplication()",
                        15, 15, true, null));
        assertThat(facts.calls()).extracting(CallFact::callee).contains("createServer", "apply", "next");
    }

    @Test
    void extract_aChainOfMembers_givesTheFunctionEachName() {
        FileFacts facts = extractor.extract(SourceFile.of("lib/response.js", """
                /**
                 * Set the Content-Type.
                 */
                res.contentType =
                res.type = function contentType(type) {
                  return this.set('Content-Type', type);
                };
                exports = module.exports = function createApplication() {};
                res.a = other = function notAMember() {};
                """));
        assertThat(facts.symbols()).containsExactly(
                new SymbolFact("function", "contentType", "res",
                        "res.contentType = res.type = function contentType(type)", 4, 7, true, "Set the Content-Type."),
                new SymbolFact("function", "type", "res",
                        "res.contentType = res.type = function contentType(type)", 4, 7, true, "Set the Content-Type."));
        assertThat(facts.calls()).extracting(CallFact::callee).contains("set");
    }

    @Test
    void extract_theModulesDefaultExport_isItsFunctionsName_andItsBodyIsLocal() {
        FileFacts facts = extractor.extract(SourceFile.of("lib/core/transformData.js", """
                module.exports = function transformData(data, headers, fns) {
                  var result = data;
                  utils.forEach(fns, function transform(fn) {
                    result = fn(result, headers);
                  });
                  return result;
                };
                """));
        assertThat(facts.symbols()).containsExactly(new SymbolFact("function", "transformData", null,
                "module.exports = function transformData(data, headers, fns)", 1, 7, true, null));
    }

    @Test
    void extract_aCallbacksOrObjectMethodsVariables_areLocals_itsFunctionsAreHelpers() {
        FileFacts facts = extractor.extract(SourceFile.of("lib/request.js", """
                defineGetter(req, 'protocol', function protocol() {
                  var proto = this.connection.encrypted ? 'https' : 'http';
                  return proto;
                });
                module.exports = {
                  create(context) {
                    const sourceCode = context.sourceCode;
                    function isShadowed(node) { return sourceCode.has(node); }
                    const report = (node) => context.report(node);
                    return {};
                  },
                };
                (function () {
                  var VERSION = '1.0';
                })();
                describe('requests', function () {
                  it('works', () => {});
                });
                """));
        assertThat(facts.symbols()).extracting(SymbolFact::name)
                .containsExactly("protocol", "isShadowed", "report", "VERSION");
        assertThat(facts.symbols().get(0)).isEqualTo(new SymbolFact("function", "protocol", null,
                "defineGetter(req, 'protocol', function protocol()", 1, 4, false, null));
    }

    @Test
    void extract_malformedFile_keepsWhatParsedAndCountsErrors() {
        FileFacts facts = extractor.extract(SourceFile.of("src/bad.ts", """
                export function ok(a: number) { return a; }
                export function broken(a: number { return a;
                export class Still {}
                """));
        assertThat(facts.parseErrors()).isPositive();
        assertThat(facts.symbols()).extracting(SymbolFact::name).contains("ok");
    }
}
