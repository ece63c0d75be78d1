// The grammar of the .pilot spec language.
//
// Shape: a file is a list of members; a member is a declaration (`pilot`, `goal`,
// `indicator`, `site`, `wave`/`group`, `phase`, `alert`, `evaluation`, `stakeholder`),
// a property (`name: value, value`) or an `import`. Declarations nest freely in the
// grammar; which member may stand where, and which properties a declaration takes, is
// checked by the binder, which gives far better messages ("`duration` is not a property
// of a site") than a parse error could, and keeps the grammar small and its error
// recovery predictable.
//
// The grammar needs no full-context (LL) prediction: the only decisions that look past
// one token are "is this identifier a unit or the next property name?" and "is `all met`
// the criteria expression, or `all` followed by a property named `met`?", both settled by
// the `:` that follows a property name and never follows a value.
parser grammar PilotParser;

options {
    tokenVocab = PilotLexer;
    superClass = PilotParserBase;
}

compilationUnit
    : member* EOF
    ;

member
    : importDirective
    | declaration
    | property
    ;

importDirective
    : IMPORT STRING SEMICOLON?
    ;

declaration
    : pilotDeclaration
    | goalDeclaration
    | indicatorDeclaration
    | siteDeclaration
    | waveDeclaration
    | phaseDeclaration
    | alertDeclaration
    | evaluationDeclaration
    | stakeholderDeclaration
    ;

pilotDeclaration       : PILOT declarationName? STRING? block SEMICOLON? ;
goalDeclaration        : GOAL declarationName? STRING? block? SEMICOLON? ;
indicatorDeclaration   : INDICATOR declarationName? STRING? block? SEMICOLON? ;
siteDeclaration        : SITE declarationName? STRING? block? SEMICOLON? ;
waveDeclaration        : (WAVE | GROUP) declarationName? STRING? (EQUALS expression)? block? SEMICOLON? ;
phaseDeclaration       : PHASE declarationName? STRING? block? SEMICOLON? ;
alertDeclaration       : ALERT declarationName? STRING? block? SEMICOLON? ;
evaluationDeclaration  : EVALUATION declarationName? STRING? (AT expression)? block? SEMICOLON? ;
stakeholderDeclaration : STAKEHOLDER declarationName? STRING? block? SEMICOLON? ;

// A keyword in a name's place (`site end`) still parses as the name, and a missing name
// (`pilot { ... }`) leaves the declaration whole: the syntax layer reports either once
// (PS0010, PS0002) and the rest of the file is read as the writer meant.
declarationName
    : IDENTIFIER
    | keyword
    ;

block
    : LBRACE member* RBRACE
    ;

// `baseline: 62% on 2018-12-31`, `in: first, second`, `require: a >= 1 at all sites`
property
    : propertyName COLON propertyValue (COMMA propertyValue)* SEMICOLON?
    ;

// Any keyword may name a property: `start:`, `end:`, `when:`, `in:`.
propertyName
    : IDENTIFIER
    | keyword
    ;

keyword
    : PILOT | GOAL | INDICATOR | SITE | SITES | WAVE | GROUP | PHASE | ALERT | EVALUATION
    | STAKEHOLDER | IMPORT | AND | OR | NOT | TRUE | FALSE | AT | IN | OF | ALL | ANY
    | NONE | MET | FOR | CONSECUTIVE | START | END | ON | BY | FROM | AGAINST | WEIGHT | WHEN
    ;

propertyValue
    : expression valueClause*
    ;

valueClause
    : (ON | BY | FROM | AGAINST | WEIGHT | WHEN) expression
    ;

// Precedence from tightest to loosest, in the order of the alternatives.
expression
    : primary                                                   # primaryExpression
    | expression DOT IDENTIFIER                                 # memberAccessExpression
    | (PLUS | MINUS) expression                                 # unaryExpression
    | expression (STAR | SLASH) expression                      # multiplicativeExpression
    | expression (PLUS | MINUS) expression                      # additiveExpression
    | expression (LESS | LESS_EQUALS | GREATER | GREATER_EQUALS
                 | EQUALS_EQUALS | BANG_EQUALS) expression      # comparisonExpression
    | expression FOR NUMBER CONSECUTIVE? IDENTIFIER             # sustainedExpression
    | expression quantifier                                     # quantifiedExpression
    | NOT expression                                            # notExpression
    | expression AND expression                                 # andExpression
    | expression OR expression                                  # orExpression
    ;

primary
    : NUMBER IDENTIFIER*                                        # quantityLiteral
    | PERCENT                                                   # percentLiteral
    | DATE                                                      # dateLiteral
    | STRING                                                    # stringLiteral
    | (TRUE | FALSE)                                            # booleanLiteral
    | IDENTIFIER                                                # nameReference
    | ALL SITES?                                                # allSitesReference
    | (START | END) OF IDENTIFIER                               # phaseBoundary
    | (ALL | ANY | NONE) MET                                    # criteriaCount
    | LPAREN expression RPAREN                                  # parenthesized
    | LBRACKET (expression (COMMA expression)*)? RBRACKET       # list
    ;

// Site quantifiers: `at all sites`, `at any site`, `at 80% of sites`, `at 3 of sites`,
// `at 东城区`, `in first` (every site of a wave), each optionally narrowed `in wave`.
quantifier
    : AT ALL SITES? siteFilter?                                 # allSitesQuantifier
    | AT ANY SITE siteFilter?                                   # anySiteQuantifier
    | AT (PERCENT | NUMBER) OF SITES siteFilter?                # shareOfSitesQuantifier
    | AT IDENTIFIER                                             # singleSiteQuantifier
    | siteFilter                                                # groupQuantifier
    ;

siteFilter
    : IN IDENTIFIER
    ;
