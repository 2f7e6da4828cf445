/**
 * The grammar of a rule's condition (`when:`), for Peggy. Parsed at build time only: the app
 * gets the result as plain data (`Condition`, `src/machine/guide-condition.ts`).
 *
 *   error-code = extension-installation-failed-com
 *   findings contains event-4689 and not reboot = yes
 *   error-code has any of [a, b] or (checks has all of [c, d])
 *   reboot is answered
 *   installation-failure            (a named condition or predicate)
 *
 * Every step, value and name is recorded with where it stands (`options.refs`), for the checks.
 */
export const conditionGrammar = String.raw`
{{
  function ref(options, kind, token, step) {
    options.refs.push({ kind, name: token.name, step, start: token.start, end: token.end });
    return token.name;
  }
}}

condition = _ c:or _ { return c; }

or = head:and tail:(__ "or" !idchar _ @and)* { return tail.length ? ['or', head, ...tail] : head; }

and = head:not tail:(__ "and" !idchar _ @not)* { return tail.length ? ['and', head, ...tail] : head; }

not
  = "not" !idchar _ c:not { return ['not', c]; }
  / primary

primary
  = "(" _ c:or _ ")" { return c; }
  / comparison
  / name

comparison
  = s:token _ op:("!=" / "=") _ v:token {
      return [op, ref(options, 'step', s), ref(options, 'value', v, s.name)];
    }
  / s:token __ "contains" !idchar _ v:token {
      return ['contains', ref(options, 'step', s), ref(options, 'value', v, s.name)];
    }
  / s:token __ "has" __ q:("all" / "any") __ "of" _ l:list {
      return [q, ref(options, 'step', s), l.map((v) => ref(options, 'value', v, s.name))];
    }
  / s:token __ "is" __ n:("not" __)? "answered" !idchar {
      const step = ref(options, 'step', s);
      return n ? ['not', ['answered', step]] : ['answered', step];
    }

name = n:token { return ['name', ref(options, 'name', n)]; }

list "a list of values, as in [a, b]" = "[" _ head:token tail:(_ "," _ @token)* _ "]" { return [head, ...tail]; }

token "a step id, a value or a name (lowercase words joined by hyphens)"
  = !keyword name:$([a-z0-9]+ ("-" [a-z0-9]+)*) {
      const at = location();
      return { name, start: at.start.offset, end: at.end.offset };
    }

keyword = ("and" / "or" / "not") !idchar

idchar = [a-z0-9-]

_ "white space" = [ \t\r\n]*

__ "white space" = [ \t\r\n]+
`;
