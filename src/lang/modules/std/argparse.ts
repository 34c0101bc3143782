// argparse: ArgumentParser (add_argument, argument groups, mutually exclusive groups,
// set_defaults, parse_args/parse_known_args, usage and help, error and exit), Namespace, the
// formatter classes a parser may be given, SUPPRESS, ArgumentError and ArgumentTypeError.
// Errors are CPython's: usage and `prog: error: …` on stderr, then SystemExit(2); `-h`
// prints the help and exits 0. Arguments are argparseActions.ts, parsing argparseParse.ts,
// Namespace and the formatter classes argparseNamespace.ts,
// the text argparseHelp.ts.

import { bindArgs } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { errorClass, exceptionOf, catchable } from '../../runtime/exceptions';
import { collect } from '../../runtime/iteration';
import { NativeMethod, newAttrs, PyInstance } from '../../runtime/objects';
import { repr, str } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { systemExit } from '../../runtime/systemExit';
import { PyTuple, type Kwargs, type MethodImpl, type PyValue } from '../../runtime/values';
import {
  ARGUMENT_ERROR,
  ARGUMENT_TYPE_ERROR,
  checkConflicts,
  makeAction,
  SUPPRESS,
  type Action,
} from './argparseActions';
import {
  formatHelp,
  formatUsage,
  type ExclusiveGroup,
  type FormatterKind,
  type HelpParts,
  type HelpSection,
} from './argparseHelp';
import { ArgumentParse } from './argparseParse';
import { FORMATTER_CLASSES, formatterKind, moduleClass, NAMESPACE } from './argparseNamespace';
import type { StdContext } from './context';

/** A parser's arguments and settings; the ArgumentParser object keeps prog & co. as attributes. */
interface ParserState {
  actions: Action[];
  sections: HelpSection[];
  groups: ExclusiveGroup[];
  defaults: Map<string, PyValue>;
  formatter: FormatterKind;
  allowAbbrev: boolean;
  exitOnError: boolean;
}

const STATES = new WeakMap<PyInstance, ParserState>();

// ---- ArgumentParser -------------------------------------------------------------------------

function stateOf(self: PyInstance): ParserState {
  const s = STATES.get(self);
  if (s === undefined) throw typeError('ArgumentParser.__init__() was not called');
  return s;
}

function helpParts(self: PyInstance): HelpParts {
  const s = stateOf(self);
  return {
    prog: str(self.attrs.prog ?? null),
    usage: self.attrs.usage ?? null,
    description: self.attrs.description ?? null,
    epilog: self.attrs.epilog ?? null,
    actions: s.actions,
    sections: s.sections,
    groups: s.groups,
    formatter: s.formatter,
  };
}

export function argparseModule(std: StdContext): Map<string, PyValue> {
  const sys = (): ReturnType<StdContext['standard']> => std.standard('sys');
  /** Writes to the program's sys.stdout or sys.stderr as they are now. */
  const write = (stream: 'stdout' | 'stderr', text: string): void => {
    callMethod(sys().ns.lookup(stream) ?? null, 'write', [text], null);
  };
  const fileWrite = (file: PyValue | undefined, text: string): void => {
    if (file === undefined || file === null) write('stdout', text);
    else callMethod(file, 'write', [text], null);
  };

  /** `add_argument` on a parser, into one section and maybe a mutually exclusive group. */
  const addArgument = (
    parser: PyInstance,
    section: HelpSection | null,
    group: ExclusiveGroup | null,
    args: PyValue[],
    kw: Kwargs,
  ): PyValue => {
    const s = stateOf(parser);
    const a = makeAction(args, kw, (dest) => {
      const given = s.defaults.get(dest);
      if (given !== undefined) return given;
      const all = parser.attrs.argument_default;
      return all === undefined || all === null ? undefined : all;
    });
    if (group !== null && a.required) {
      throw typeError('mutually exclusive arguments must be optional');
    }
    checkConflicts(s.actions, a);
    s.actions.push(a);
    (section ?? s.sections[a.optionStrings.length === 0 ? 0 : 1]).actions.push(a);
    group?.actions.push(a);
    return a.object;
  };

  const GROUP = moduleClass('_ArgumentGroup', []);
  const EXCLUSIVE = moduleClass('_MutuallyExclusiveGroup', []);
  const groupOwners = new WeakMap<
    PyInstance,
    [PyInstance, HelpSection | null, ExclusiveGroup | null]
  >();
  for (const cls of [GROUP, EXCLUSIVE]) {
    cls.dict.set(
      'add_argument',
      new NativeMethod('add_argument', cls.name, ((
        self: PyInstance,
        args: PyValue[],
        kw: Kwargs,
      ) => {
        const [parser, section, group] = groupOwners.get(self)!;
        return addArgument(parser, section, group, args, kw);
      }) as MethodImpl<never>),
    );
  }
  const exclusiveGroup = (
    parser: PyInstance,
    section: HelpSection | null,
    kw: Kwargs,
  ): PyInstance => {
    const [required] = bindArgs('add_mutually_exclusive_group', ['required'], 0, [], kw);
    const g: ExclusiveGroup = { actions: [], required: required === true };
    stateOf(parser).groups.push(g);
    const o = new PyInstance(EXCLUSIVE, newAttrs());
    groupOwners.set(o, [parser, section, g]);
    return o;
  };
  EXCLUSIVE.dict.set(
    'add_mutually_exclusive_group',
    new NativeMethod('add_mutually_exclusive_group', EXCLUSIVE.name, (() => {
      throw typeError("tgrad's argparse does not nest mutually exclusive groups");
    }) as MethodImpl<never>),
  );
  GROUP.dict.set(
    'add_mutually_exclusive_group',
    new NativeMethod('add_mutually_exclusive_group', GROUP.name, ((
      self: PyInstance,
      _args: PyValue[],
      kw: Kwargs,
    ) => {
      const [parser, section] = groupOwners.get(self)!;
      return exclusiveGroup(parser, section, kw);
    }) as MethodImpl<never>),
  );

  const exit = (status: bigint, message: string | null): never => {
    if (message !== null) write('stderr', message);
    throw systemExit([status]);
  };

  /** parse_known_args: the namespace and the words no argument took. */
  const parseKnown = (
    self: PyInstance,
    argsIn: PyValue | undefined,
    nsIn: PyValue | undefined,
  ): [PyInstance, string[]] => {
    const s = stateOf(self);
    const words = (
      argsIn === undefined || argsIn === null
        ? collect(sys().ns.lookup('argv') ?? []).slice(1)
        : collect(argsIn)
    ).map((w) => {
      if (typeof w !== 'string')
        throw typeError(
          `expected string or bytes-like object, got '${typeof w === 'bigint' ? 'int' : 'object'}'`,
        );
      return w;
    });
    const ns = nsIn instanceof PyInstance ? nsIn : new PyInstance(NAMESPACE, newAttrs());
    for (const a of s.actions) {
      if (a.dest !== SUPPRESS && a.default !== SUPPRESS && ns.attrs[a.dest] === undefined)
        ns.attrs[a.dest] = a.default;
    }
    for (const [k, v] of s.defaults) if (ns.attrs[k] === undefined) ns.attrs[k] = v;
    const parse = new ArgumentParse(
      {
        actions: s.actions,
        groups: s.groups,
        allowAbbrev: s.allowAbbrev,
        fail: (message) => callMethod(self, 'error', [message], null),
        runExiting: (a) => {
          if (a.kind === 'help') {
            callMethod(self, 'print_help', [], null);
          } else {
            const version =
              a.version === null ? '' : formatVersion(str(a.version), str(self.attrs.prog ?? null));
            write('stdout', version + '\n');
          }
          callMethod(self, 'exit', [], null);
        },
      },
      words,
      ns,
    );
    try {
      parse.run();
    } catch (e) {
      const err = catchable(e);
      if (err === null || !s.exitOnError || !errorClass(err).isSubclassOf(ARGUMENT_ERROR)) throw e;
      callMethod(self, 'error', [str(exceptionOf(err))], null);
    }
    return [ns, parse.extras];
  };

  const PARSER = moduleClass('ArgumentParser', [
    [
      '__init__',
      (self, args, kw) => {
        const [
          prog,
          usage,
          description,
          epilog,
          parents,
          formatterClass,
          prefixChars,
          fromfilePrefixChars,
          argumentDefault,
          conflictHandler,
          addHelp,
          allowAbbrev,
          exitOnError,
        ] = bindArgs(
          'ArgumentParser',
          [
            'prog',
            'usage',
            'description',
            'epilog',
            'parents',
            'formatter_class',
            'prefix_chars',
            'fromfile_prefix_chars',
            'argument_default',
            'conflict_handler',
            'add_help',
            'allow_abbrev',
            'exit_on_error',
          ],
          0,
          args,
          kw,
        );
        // What tgrad's argparse does not offer is refused rather than ignored.
        const refuse = (what: string, offered: boolean): void => {
          if (!offered) throw typeError(`tgrad's argparse does not offer ${what}`);
        };
        refuse('parents=', parents === undefined || collect(parents).length === 0);
        refuse("prefix_chars= other than '-'", prefixChars === undefined || prefixChars === '-');
        refuse(
          'fromfile_prefix_chars=',
          fromfilePrefixChars === undefined || fromfilePrefixChars === null,
        );
        refuse(
          "conflict_handler= other than 'error'",
          conflictHandler === undefined || conflictHandler === 'error',
        );
        const argv0 = collect(sys().ns.lookup('argv') ?? [])[0];
        const defaultProg = typeof argv0 === 'string' ? argv0.replace(/^.*[\\/]/, '') : '';
        Object.assign(self.attrs, {
          prog: prog ?? defaultProg,
          usage: usage ?? null,
          description: description ?? null,
          epilog: epilog ?? null,
          formatter_class: formatterClass ?? FORMATTER_CLASSES.get('HelpFormatter')!,
          argument_default: argumentDefault ?? null,
          add_help: addHelp ?? true,
        });
        STATES.set(self, {
          actions: [],
          sections: [
            { title: 'positional arguments', description: null, actions: [] },
            { title: 'options', description: null, actions: [] },
          ],
          groups: [],
          defaults: new Map(),
          formatter: formatterKind(self.attrs.formatter_class),
          allowAbbrev: allowAbbrev !== false,
          exitOnError: exitOnError !== false,
        });
        if (addHelp !== false)
          addArgument(self, null, null, ['-h', '--help'], new Map([['action', 'help']]));
        return null;
      },
    ],
    ['add_argument', (self, args, kw) => addArgument(self, null, null, args, kw)],
    [
      'add_argument_group',
      (self, args, kw) => {
        const [title, description] = bindArgs(
          'add_argument_group',
          ['title', 'description'],
          0,
          args,
          kw,
        );
        const section: HelpSection = {
          title: title == null ? '' : str(title),
          description: description ?? null,
          actions: [],
        };
        stateOf(self).sections.push(section);
        const o = new PyInstance(GROUP, newAttrs());
        Object.assign(o.attrs, { title: title ?? null, description: description ?? null });
        groupOwners.set(o, [self, section, null]);
        return o;
      },
    ],
    ['add_mutually_exclusive_group', (self, _args, kw) => exclusiveGroup(self, null, kw)],
    [
      'set_defaults',
      (self, args, kw) => {
        if (args.length > 0) throw typeError('set_defaults() takes 1 positional argument');
        const s = stateOf(self);
        for (const [k, v] of kw ?? []) {
          s.defaults.set(k, v);
          for (const a of s.actions) if (a.dest === k) a.default = v;
        }
        return null;
      },
    ],
    [
      'get_default',
      (self, args) => {
        const dest = str(args[0] ?? null);
        const s = stateOf(self);
        const a = s.actions.find((x) => x.dest === dest);
        return a !== undefined ? a.default : (s.defaults.get(dest) ?? null);
      },
    ],
    [
      'parse_known_args',
      (self, args, kw) => {
        const [argv, namespace] = bindArgs('parse_known_args', ['args', 'namespace'], 0, args, kw);
        const [ns, extras] = parseKnown(self, argv, namespace);
        return new PyTuple([ns, extras]);
      },
    ],
    [
      'parse_args',
      (self, args, kw) => {
        const [argv, namespace] = bindArgs('parse_args', ['args', 'namespace'], 0, args, kw);
        const [ns, extras] = parseKnown(self, argv, namespace);
        if (extras.length > 0)
          callMethod(self, 'error', [`unrecognized arguments: ${extras.join(' ')}`], null);
        return ns;
      },
    ],
    ['format_usage', (self) => formatUsage(helpParts(self)) + '\n'],
    ['format_help', (self) => formatHelp(helpParts(self))],
    [
      'print_usage',
      (self, args, kw) => {
        const [file] = bindArgs('print_usage', ['file'], 0, args, kw);
        fileWrite(file, formatUsage(helpParts(self)) + '\n');
        return null;
      },
    ],
    [
      'print_help',
      (self, args, kw) => {
        const [file] = bindArgs('print_help', ['file'], 0, args, kw);
        fileWrite(file, formatHelp(helpParts(self)));
        return null;
      },
    ],
    [
      'exit',
      (_self, args, kw) => {
        const [status, message] = bindArgs('exit', ['status', 'message'], 0, args, kw);
        return exit(
          typeof status === 'bigint' ? status : 0n,
          message == null ? null : str(message),
        );
      },
    ],
    [
      'error',
      (self, args, kw) => {
        const [message] = bindArgs('error', ['message'], 1, args, kw);
        callMethod(self, 'print_usage', [sys().ns.lookup('stderr') ?? null], null);
        return callMethod(
          self,
          'exit',
          [2n, `${str(self.attrs.prog ?? null)}: error: ${str(message!)}\n`],
          null,
        );
      },
    ],
    [
      '__repr__',
      (self) => {
        const fields = ['prog', 'usage', 'description', 'formatter_class'].map(
          (f) => `${f}=${repr(self.attrs[f] ?? null)}`,
        );
        return `ArgumentParser(${fields.join(', ')}, conflict_handler='error', add_help=${repr(self.attrs.add_help ?? true)})`;
      },
    ],
  ]);

  return new Map<string, PyValue>([
    ['ArgumentParser', PARSER],
    ['Namespace', NAMESPACE],
    ['ArgumentError', ARGUMENT_ERROR],
    ['ArgumentTypeError', ARGUMENT_TYPE_ERROR],
    ['SUPPRESS', SUPPRESS],
    ['OPTIONAL', '?'],
    ['ZERO_OR_MORE', '*'],
    ['ONE_OR_MORE', '+'],
    ...[...FORMATTER_CLASSES].map(([n, c]): [string, PyValue] => [n, c]),
  ]);
}

/** `%(prog)s 1.0`: a version string with the program's name filled in. */
function formatVersion(version: string, prog: string): string {
  return version.replace(/%\(prog\)s/g, prog);
}
