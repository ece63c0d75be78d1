// The tokens of the .pilot spec language.
//
// Design notes (why the lexer looks like this):
// - The lexer never fails. Every character ends up in some token: malformed or
//   unterminated literals are still single tokens that the syntax layer checks and
//   reports with a precise diagnostic, and a character no rule knows becomes a
//   BAD_CHARACTER token on its own channel, reported once and kept as skipped trivia.
// - Whitespace, newlines and comments go to the HIDDEN channel: the syntax layer turns
//   them into trivia so that the tree gives back the exact source text.
// - Keywords are reserved only where the grammar needs them to be unambiguous; property
//   names may still be any keyword (`start:`, `end:`, `when:`).
lexer grammar PilotLexer;

channels { ERROR_CHANNEL }

// Declarations
PILOT       : 'pilot' ;
GOAL        : 'goal' ;
INDICATOR   : 'indicator' ;
SITE        : 'site' ;
SITES       : 'sites' ;
WAVE        : 'wave' ;
GROUP       : 'group' ;
PHASE       : 'phase' ;
ALERT       : 'alert' ;
EVALUATION  : 'evaluation' ;
STAKEHOLDER : 'stakeholder' ;
IMPORT      : 'import' ;

// Expressions
AND         : 'and' ;
OR          : 'or' ;
NOT         : 'not' ;
TRUE        : 'true' ;
FALSE       : 'false' ;
AT          : 'at' ;
IN          : 'in' ;
OF          : 'of' ;
ALL         : 'all' ;
ANY         : 'any' ;
NONE        : 'none' ;
MET         : 'met' ;
FOR         : 'for' ;
CONSECUTIVE : 'consecutive' ;
START       : 'start' ;
END         : 'end' ;

// Value clauses: `62% on 2018-12-31`, `+15% by 2021-02-28`, `quarterly from "system"`,
// `difference_in_differences against comparison`, `clearance_rate weight 0.6`,
// `scale_up when all met`.
ON          : 'on' ;
BY          : 'by' ;
FROM        : 'from' ;
AGAINST     : 'against' ;
WEIGHT      : 'weight' ;
WHEN        : 'when' ;

// Punctuation
LBRACE      : '{' ;
RBRACE      : '}' ;
// Full-width punctuation is what a Chinese input method types; it means the same.
LPAREN      : '(' | '（' ;
RPAREN      : ')' | '）' ;
// 【】 ≠ ≤ ≥ are Chinese-IME slips that remain errors: lexed as what they stand for, so the
// parse goes on, and reported once each (PS0750, PS0752) with the ASCII form as the fix.
LBRACKET    : '[' | '【' ;
RBRACKET    : ']' | '】' ;
COLON       : ':' | '：' ;
SEMICOLON   : ';' | '；' ;
COMMA       : ',' | '，' | '、' ;
DOT         : '.' ;
EQUALS_EQUALS : '==' ;
BANG_EQUALS : '!=' | '≠' ;
LESS_EQUALS : '<=' | '≤' ;
GREATER_EQUALS : '>=' | '≥' ;
LESS        : '<' ;
GREATER     : '>' ;
EQUALS      : '=' ;
PLUS        : '+' ;
MINUS       : '-' ;
STAR        : '*' ;
SLASH       : '/' ;

// Literals. DATE accepts any digits-dash-digits-dash-digits so that `2019-3-1` or
// `2019-13-01` is one token with one precise "malformed date" diagnostic, not three
// tokens and a confusing parse error.
DATE        : DIGIT+ '-' DIGIT+ '-' DIGIT+ ;
PERCENT     : NUMBER_BODY '%' ;
NUMBER      : NUMBER_BODY ;
// A string may be unterminated (no closing quote before the end of the line): the
// syntax layer reports that once and the parse goes on.
STRING      : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '"'?
            | '“' ~[”\r\n]* '”'?      // Chinese quotes: no escapes needed inside
            // One level of “ ” nested in “ ”: one token (the longest match), reported once
            // (PS0751), instead of a string cut at the inner ” and a cascade after it.
            | '“' ~[“”\r\n]* '“' ~[“”\r\n]* '”' ~[“”\r\n]* '”'
            ;

IDENTIFIER  : IDENTIFIER_START IDENTIFIER_PART* ;

// Trivia
WHITESPACE  : [ \t\f\u000B\u00A0\uFEFF\u3000]+ -> channel(HIDDEN) ;
NEWLINE     : ( '\r\n' | '\r' | '\n' | '\u2028' | '\u2029' ) -> channel(HIDDEN) ;
LINE_COMMENT : '//' ~[\r\n\u2028\u2029]* -> channel(HIDDEN) ;
// A block comment may be unterminated (it then runs to the end of the file).
BLOCK_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* ( '*'+ '/' | '*'* EOF ) -> channel(HIDDEN) ;

// Anything else: one token per character, reported once by the syntax layer.
BAD_CHARACTER : . -> channel(ERROR_CHANNEL) ;

fragment DIGIT : [0-9] ;
fragment NUMBER_BODY : DIGIT+ ( '_' DIGIT+ )* ( '.' DIGIT+ )? ;

// Unicode identifiers, as in C#: letters (any script, so Chinese names work), letter
// numbers, then also digits, connectors and combining marks.
fragment IDENTIFIER_START : [\p{L}\p{Nl}_] ;
fragment IDENTIFIER_PART  : [\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Cf}] ;
