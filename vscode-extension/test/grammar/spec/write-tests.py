"""Writes test/grammar/*.test.pilot from the expectations below (hand-written, not derived
from the grammar): each case is a source line and the scopes its tokens must have.
The carets are computed here because aligning them by hand under Chinese text is error-prone.
Run: python3 test/grammar/spec/write-tests.py (then commit the regenerated .test.pilot files)."""
import os
import re

def assertion(line, needle, scope, nth=0):
    # A word-like needle matches whole words only (`at` is not the one inside `evaluation`).
    pattern = re.escape(needle)
    if re.fullmatch(r"\w+", needle):
        pattern = r"(?<!\w)" + pattern + r"(?!\w)"
    matches = list(re.finditer(pattern, line))
    if len(matches) <= nth:
        raise ValueError(f"{needle!r} (#{nth}) not in {line!r}")
    col = matches[nth].start()
    n = len(needle)
    if col < 3:
        return "// <" + "~" * col + "-" * n + " " + scope
    return "//" + " " * (col - 2) + "^" * n + " " + scope

def write(name, description, cases):
    out = [f'// SYNTAX TEST "source.pilot" "{description}"', ""]
    for case in cases:
        if isinstance(case, str):  # a line with no assertions (context, e.g. inside a block comment)
            out.append(case)
            continue
        line, expectations = case
        out.append(line)
        for e in expectations:
            out.append(assertion(line, *e))
    path = os.path.join(os.path.dirname(__file__), "..", name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

KW_DECL = "keyword.declaration.{0}.pilot"
NAME = "entity.name.type.{0}.pilot"
PROP = "variable.other.property.pilot"
COLON = "punctuation.separator.key-value.pilot"
STR = "string.quoted.double.pilot"
CSTR = "string.quoted.other.chinese.pilot"
DATE = "constant.numeric.date.pilot"
PCT = "constant.numeric.percentage.pilot"
NUM = "constant.numeric.decimal.pilot"
UNIT = "keyword.other.unit.pilot"
DUR = "keyword.other.unit.duration.pilot"
PTS = "keyword.other.unit.points.pilot"
MULT = "keyword.other.unit.multiplier.pilot"
CLAUSE = "keyword.other.clause.pilot"
QUANT = "keyword.other.quantifier.pilot"
TIME = "keyword.other.time.pilot"
LOGIC = "keyword.operator.logical.pilot"
CMP = "keyword.operator.comparison.pilot"
ARITH = "keyword.operator.arithmetic.pilot"
ASSIGN = "keyword.operator.assignment.pilot"
VAR = "variable.other.pilot"
MEMBER = "variable.other.member.pilot"
LCOMMENT = "comment.line.double-slash.pilot"
BCOMMENT = "comment.block.pilot"
ESC = "constant.character.escape.pilot"
LBRACE = "punctuation.section.block.begin.pilot"
RBRACE = "punctuation.section.block.end.pilot"
LBRACK = "punctuation.section.brackets.begin.pilot"
RBRACK = "punctuation.section.brackets.end.pilot"
LPAREN = "punctuation.section.parens.begin.pilot"
RPAREN = "punctuation.section.parens.end.pilot"
COMMA = "punctuation.separator.comma.pilot"
SEMI = "punctuation.terminator.pilot"

# ---- examples/policing-reform.pilot
write("policing-reform.test.pilot", "lines of examples/policing-reform.pilot", [
    ("// Case 1: performance-oriented policing reform, \"A City\" public security bureau.",
     [("//", "punctuation.definition.comment.pilot"), ("Case 1", LCOMMENT), ("\"A City\"", LCOMMENT)]),
    ("pilot PolicingReform \"Performance-oriented policing reform\" {",
     [("pilot", KW_DECL.format("pilot")), ("PolicingReform", NAME.format("pilot")), ("\"Performance", STR), ("\"", "punctuation.definition.string.begin.pilot"), ("{", LBRACE)]),
    ("    partners: \"A City Finance Bureau\", \"Provincial Academy of Social Sciences\"",
     [("partners", PROP), (":", COLON), ("A City Finance Bureau", STR), (",", COMMA)]),
    ("    start: 2019-03-01", [("start", PROP), ("2019-03-01", DATE)]),
    ("    end: 2021-02-28", [("end", PROP), ("2021-02-28", DATE)]),
    ("    stakeholder ThirdPartySurvey \"Provincial Academy of Social Sciences\" {",
     [("stakeholder", KW_DECL.format("stakeholder")), ("ThirdPartySurvey", NAME.format("stakeholder"))]),
    ("        role: third_party_evaluator", [("role", PROP), ("third_party_evaluator", VAR)]),
    ("    goal Efficiency \"Raise policing efficiency\" {", [("goal", KW_DECL.format("goal")), ("Efficiency", NAME.format("goal"))]),
    ("        indicator clearance_rate \"Case clearance rate\" {",
     [("indicator", KW_DECL.format("indicator")), ("clearance_rate", NAME.format("indicator")), ("Case clearance rate", STR)]),
    ("            baseline: 62% on 2018-12-31", [("baseline", PROP), ("62%", PCT), ("%", "keyword.other.unit.percent.pilot"), ("on", CLAUSE), ("2018-12-31", DATE)]),
    ("            target: +15 points by 2020-12-31", [("target", PROP), ("+", ARITH), ("15", NUM), ("points", PTS), ("by", CLAUSE), ("2020-12-31", DATE)]),
    ("            measured: quarterly from \"case management system\"", [("measured", PROP), ("quarterly", VAR), ("from", CLAUSE), ("case management system", STR)]),
    ("            weight: 0.4", [("weight", PROP), ("0.4", NUM)]),
    ("            baseline: 18 minutes on 2018-12-31", [("18", NUM), ("minutes", UNIT), ("on", CLAUSE)]),
    ("            baseline: 1_200 officers on 2018-12-31", [("1_200", NUM), ("officers", UNIT)]),
    ("            target: +30% by 2020-12-31   // relative: 1,200 -> 1,560 officers",
     [("+", ARITH), ("30%", PCT), ("by", CLAUSE), ("// relative: 1,200", LCOMMENT)]),
    ("            target: -10% by 2020-12-31", [("-", ARITH), ("10%", PCT)]),
    ("            measured: annually by ThirdPartySurvey", [("annually", VAR), ("by", CLAUSE), ("ThirdPartySurvey", VAR)]),
    ("    site 东城区 \"East district\" { level: county; region: east; population: 820000 people }",
     [("site", KW_DECL.format("site")), ("东城区", NAME.format("site")), ("level", PROP), ("county", VAR), (";", SEMI),
      ("population", PROP), ("820000", NUM), ("people", UNIT), ("}", RBRACE)]),
    ("    wave first = [东城区]", [("wave", KW_DECL.format("wave")), ("first", NAME.format("wave")), ("=", ASSIGN), ("[", LBRACK), ("东城区", VAR), ("]", RBRACK)]),
    ("    group control_districts = [西城区]", [("group", KW_DECL.format("group")), ("control_districts", NAME.format("group")), ("西城区", VAR)]),
    ("    phase Launch \"Launch and training\" {", [("phase", KW_DECL.format("phase")), ("Launch", NAME.format("phase"))]),
    ("        duration: 3 months", [("duration", PROP), ("3", NUM), ("months", DUR)]),
    ("        in: first, second", [("in", PROP), (":", COLON), ("first", VAR), (",", COMMA), ("second", VAR)]),
    ("        stagger: 3 months", [("stagger", PROP), ("months", DUR)]),
    ("    phase MidtermReview { after: Launch + 9 months; duration: 1 month; in: all sites }",
     [("MidtermReview", NAME.format("phase")), ("after", PROP), ("Launch", VAR), ("+", ARITH), ("9", NUM), ("months", DUR), (";", SEMI),
      ("month", DUR), ("in", PROP), ("all", QUANT), ("sites", QUANT)]),
    ("    alert slow_response \"Response time too slow\" {", [("alert", KW_DECL.format("alert")), ("slow_response", NAME.format("alert"))]),
    ("        when: response_time > 20 minutes for 2 consecutive months at any site",
     [("when", PROP), ("response_time", VAR), (">", CMP), ("20", NUM), ("minutes", UNIT), ("for", QUANT), ("2", NUM), ("consecutive", QUANT),
      ("months", DUR), ("at", QUANT), ("any", QUANT), ("site", QUANT)]),
    ("        notify: owner", [("notify", PROP), ("owner", VAR)]),
    ("    evaluation midterm at end of MidtermReview {",
     [("evaluation", KW_DECL.format("evaluation")), ("midterm", NAME.format("evaluation")), ("at", QUANT), ("end", TIME), ("of", QUANT), ("MidtermReview", VAR)]),
    ("        require: clearance_rate.change >= +5 points at 60% of sites",
     [("require", PROP), ("clearance_rate", VAR), (".", "punctuation.accessor.pilot"), ("change", MEMBER), (">=", CMP), ("+", ARITH), ("5", NUM),
      ("points", PTS), ("at", QUANT), ("60%", PCT), ("of", QUANT), ("sites", QUANT)]),
    ("        decide: extend when all met", [("decide", PROP), ("extend", VAR), ("when", CLAUSE), ("all", QUANT), ("met", QUANT)]),
    ("        otherwise: terminate", [("otherwise", PROP), ("terminate", VAR)]),
    ("        method: difference_in_differences against control_districts",
     [("method", PROP), ("difference_in_differences", VAR), ("against", CLAUSE), ("control_districts", VAR)]),
    ("        require: clearance_rate.change >= +15 points at all sites in first",
     [("at", QUANT), ("all", QUANT), ("sites", QUANT), ("in", QUANT), ("first", VAR)]),
    ("        require: security_satisfaction >= 85% at 80% of sites", [("85%", PCT), ("80%", PCT)]),
    ("        require: cost_per_case.change <= -10% at all sites", [("<=", CMP), ("-", ARITH), ("10%", PCT)]),
    ("        decide: extend when any met", [("any", QUANT), ("met", QUANT)]),
])

# ---- examples/hello.pilot
write("hello.test.pilot", "lines of examples/hello.pilot", [
    ("// hello.pilot - the smallest meaningful pilot spec.", [("hello.pilot - the smallest", LCOMMENT)]),
    ("pilot HelloPilot \"Online booking at the district service hall\" {",
     [("pilot", KW_DECL.format("pilot")), ("HelloPilot", NAME.format("pilot")), ("Online booking at the district", STR)]),
    ("    // Properties are written `name: value`. Dates are always YYYY-MM-DD.", [("Properties", LCOMMENT), ("name", LCOMMENT)]),
    ("    owner: \"Riverside District Government\"", [("owner", PROP), ("Riverside District Government", STR)]),
    ("            better: lower                          // a smaller number is an improvement",
     [("better", PROP), ("lower", VAR), ("// a smaller", LCOMMENT)]),
    ("            baseline: 40 minutes on 2023-12-31     // where we start, and when that was measured",
     [("40", NUM), ("minutes", UNIT), ("on", CLAUSE), ("2023-12-31", DATE), ("when", LCOMMENT)]),
    ("            target: 20 minutes by 2024-12-31       // where we want to be, and by when", [("20", NUM), ("by", CLAUSE), ("2024-12-31", DATE)]),
    ("            measured: monthly from \"queue ticket system\"", [("monthly", VAR), ("from", CLAUSE)]),
    ("    site Riverside \"Riverside District service hall\" {", [("site", KW_DECL.format("site")), ("Riverside", NAME.format("site"))]),
    ("        duration: 12 months", [("12", NUM), ("months", DUR)]),
    ("        in: Riverside", [("in", PROP), ("Riverside", VAR)]),
    ("    evaluation final \"Final evaluation\" at end of Trial {",
     [("evaluation", KW_DECL.format("evaluation")), ("final", NAME.format("evaluation")), ("Final evaluation", STR), ("at", QUANT), ("end", TIME), ("of", QUANT), ("Trial", VAR), ("{", LBRACE)]),
    ("        method: before_after", [("method", PROP), ("before_after", VAR)]),
    ("        require: wait_time <= 20 minutes at Riverside", [("wait_time", VAR), ("<=", CMP), ("20", NUM), ("minutes", UNIT), ("at", QUANT), ("Riverside", VAR)]),
    ("        decide: scale_up when all met", [("scale_up", VAR), ("when", CLAUSE), ("all", QUANT), ("met", QUANT)]),
    ("}", [("}", RBRACE)]),
])

# ---- examples/fiscal-expenditure-evaluation.pilot
write("fiscal-expenditure-evaluation.test.pilot", "lines of examples/fiscal-expenditure-evaluation.pilot", [
    ("pilot FiscalPerformance \"Fiscal-expenditure performance evaluation pilot\" {", [("FiscalPerformance", NAME.format("pilot"))]),
    ("        baseline: 2_450 million CNY on 2019-12-31", [("2_450", NUM), ("million", MULT), ("CNY", UNIT), ("on", CLAUSE), ("2019-12-31", DATE)]),
    ("        target: -30% by 2021-12-31              // relative: about 1,715 million CNY", [("-", ARITH), ("30%", PCT), ("million", LCOMMENT)]),
    ("        target: +12 points by 2021-12-31        // a rate: 81% -> 93%", [("12", NUM), ("points", PTS), ("81%", LCOMMENT)]),
    ("        baseline: 0% on 2019-12-31", [("0%", PCT)]),
    ("        measures: target_setting_rate weight 0.3, execution_rate weight 0.3, idle_balance weight 0.4",
     [("measures", PROP), ("target_setting_rate", VAR), ("weight", CLAUSE), ("0.3", NUM), (",", COMMA), ("execution_rate", VAR), ("weight", CLAUSE, 2), ("idle_balance", VAR)]),
    ("    site RuralSchools \"Rural school renovation programme\" { level: project; parent: Education; budget: 1_200 million CNY }",
     [("RuralSchools", NAME.format("site")), ("parent", PROP), ("Education", VAR), ("budget", PROP), ("1_200", NUM), ("million", MULT), ("CNY", UNIT)]),
])

# ---- examples/performance-reform-zone.pilot (Chinese names, full-width punctuation)
write("performance-reform-zone.test.pilot", "lines of examples/performance-reform-zone.pilot", [
    ("pilot 绩效改革试验区 \"省级公共部门绩效改革试验区\" {", [("pilot", KW_DECL.format("pilot")), ("绩效改革试验区", NAME.format("pilot")), ("省级公共部门绩效改革试验区", STR)]),
    ("    problem: \"绩效考核标准不一，激励机制失灵，资源配置效率低\"", [("problem", PROP), ("，", STR)]),
    ("    stakeholder 工作专班 \"试验区工作专班（干部、专家、基层代表）\" { role: working_group }",
     [("工作专班", NAME.format("stakeholder")), ("（", STR), ("、", STR), ("role", PROP)]),
    ("    goal 绩效管理体系 \"建立全方位、全过程、全覆盖的绩效管理体系\"", [("goal", KW_DECL.format("goal")), ("绩效管理体系", NAME.format("goal"))]),
    ("        indicator 行政效率 \"行政效率综合指数（2018 年 = 100）\" {", [("行政效率", NAME.format("indicator")), ("2018 年 = 100", STR)]),
    ("            target: +20% by 2021-12-31          // 相对变化：100 → 120", [("20%", PCT), ("相对变化：100", LCOMMENT)]),
    ("            target: +15 points by 2021-12-31    // 百分点：71% → 86%", [("points", PTS), ("百分点", LCOMMENT)]),
    ("            disaggregate: 服务领域, 年龄段", [("disaggregate", PROP), ("服务领域", VAR), (",", COMMA), ("年龄段", VAR)]),
    ("    site 甲市 { level: city; parent: 本省; population: 3_600_000 people }",
     [("甲市", NAME.format("site")), ("本省", VAR), ("3_600_000", NUM), ("people", UNIT)]),
    ("    wave 第一批 = [省教育厅, 省卫生健康委, 甲市]", [("第一批", NAME.format("wave")), ("=", ASSIGN), ("省教育厅", VAR), ("省卫生健康委", VAR), ("甲市", VAR)]),
    ("    group 对照单位 = [省交通运输厅, 丙市]", [("对照单位", NAME.format("group")), ("丙市", VAR)]),
    ("        after: 启动阶段", [("after", PROP), ("启动阶段", VAR)]),
    ("        stagger: 6 months                    // 第二批比第一批晚半年进入", [("6", NUM), ("months", DUR), ("第二批比第一批晚半年进入", LCOMMENT)]),
    ("    evaluation 终期评估 \"终期评估（第三方）\" at end of 调整优化阶段 {",
     [("终期评估", NAME.format("evaluation")), ("at", QUANT), ("end", TIME), ("of", QUANT), ("调整优化阶段", VAR)]),
])

# ---- examples/public-service-efficiency.pilot
write("public-service-efficiency.test.pilot", "lines of examples/public-service-efficiency.pilot", [
    ("pilot PublicServiceEfficiency \"Public-service efficiency pilot, Harbor City\" {", [("PublicServiceEfficiency", NAME.format("pilot")), (",", STR)]),
    ("        target: -35% by 2021-12-31              // relative: 22 -> 14.3 days", [("35%", PCT), ("days", LCOMMENT)]),
    ("        disaggregate: service_channel, age_group", [("service_channel", VAR), ("age_group", VAR)]),
    ("        formula: admin_cost / total_spending", [("formula", PROP), ("admin_cost", VAR), ("/", ARITH), ("total_spending", VAR)]),
    ("        target: -10 points by 2021-12-31        // percentage points: 24% -> 14%, not 24% x 0.9", [("-", ARITH), ("10", NUM), ("points", PTS), ("not", LCOMMENT)]),
    ("        baseline: 680 million CNY on 2019-12-31", [("680", NUM), ("million", MULT), ("CNY", UNIT)]),
    ("    goal ServiceReform \"Efficient, high-quality public services for residents and firms\"", [("ServiceReform", NAME.format("goal")), ("for residents and", STR)]),
    ("        measures: one_visit_rate weight 0.6, complaint_rate weight 0.4", [("one_visit_rate", VAR), ("weight", CLAUSE), ("0.6", NUM)]),
    ("    site HarborCity \"Harbor City\" { level: city; region: east; population: 4_200_000 people }", [("HarborCity", NAME.format("site")), ("4_200_000", NUM), ("people", UNIT)]),
])

# ---- every token class, including those no example uses yet
write("token-classes.test.pilot", "every token class of the lexer", [
    ("import \"shared/sites.pilot\"", [("import", "keyword.control.import.pilot"), ("shared/sites.pilot", STR)]),
    ("description: \"a \\\"quoted\\\" word, a \\\\ backslash,\\n\\t\\r and \\u4E2D\"",
     [("description", PROP), ("\\\"", ESC), ("\\\"", ESC, 1), ("\\\\", ESC), ("\\n", ESC), ("\\t", ESC), ("\\r", ESC), ("\\u4E2D", ESC), ("quoted", STR)]),
    ("title: \"bad \\q escape\"", [("\\q", "invalid.illegal.escape.pilot")]),
    ("title: \"unterminated", [("unterminated", STR)]),
    ("owner: source", [("owner", PROP), ("source", VAR + " - " + STR)]),
    ("title: “中文引号里的\\n不是转义”", [("“", "punctuation.definition.string.begin.pilot"), ("中文引号里的", CSTR), ("\\n", CSTR + " - " + ESC), ("”", "punctuation.definition.string.end.pilot")]),
    ("名称：“全角冒号”；", [("名称", PROP), ("：", COLON), ("全角冒号", CSTR), ("；", SEMI)]),
    ("weights: [a，b、c]", [("，", COMMA), ("、", COMMA)]),
    ("when: (a > 1 or b < 2) and not c == true", [("(", LPAREN), (">", CMP), ("or", LOGIC), ("<", CMP), (")", RPAREN), ("and", LOGIC), ("not", LOGIC), ("==", CMP), ("true", "constant.language.boolean.pilot")]),
    ("when: （a != false）", [("（", LPAREN), ("!=", CMP), ("false", "constant.language.boolean.pilot"), ("）", RPAREN)]),
    ("formula: a * 2 / b - 3.5 + c", [("*", ARITH), ("2", NUM), ("/", ARITH), ("-", ARITH), ("3.5", NUM), ("+", ARITH)]),
    "target: 15pp by 2021-02-28",
    "//      ^^ constant.numeric.decimal.pilot",
    "//        ^^ keyword.other.unit.points.pilot",
    ("x: 1", [("1", NUM)]),
    ("budget: 3.5 million CNY", [("3.5", NUM), ("million", MULT), ("CNY", UNIT)]),
    ("duration: 2 years, 1 quarter, 10 days, 6 weeks", [("years", DUR), ("quarter", DUR), ("days", DUR), ("weeks", DUR)]),
    ("date: 2019-3-1", [("2019-3-1", DATE)]),
    ("share: 12.5%", [("12.5%", PCT)]),
    ("require: x >= 1 at 3 of sites in wave1", [("at", QUANT), ("3", NUM), ("of", QUANT), ("sites", QUANT), ("in", QUANT), ("wave1", VAR)]),
    ("require: x at 东城区", [("at", QUANT), ("东城区", VAR)]),
    ("exit: none met", [("exit", PROP), ("none", QUANT), ("met", QUANT)]),
    ("entry: start of Launch", [("entry", PROP), ("start", TIME), ("of", QUANT), ("Launch", VAR)]),
    ("in: all", [("in", PROP), ("all", QUANT)]),
    ("when: x", [("when", PROP), (":", COLON)]),
    ("site: x", [("site", PROP)]),
    ("phase A { start: 2019-01-01 } // trailing", [("phase", KW_DECL.format("phase")), ("A", NAME.format("phase")), ("start", PROP), ("// trailing", LCOMMENT)]),
    ("/* a block comment", [("/*", "punctuation.definition.comment.begin.pilot"), ("a block comment", BCOMMENT)]),
    "   still inside: pilot X 62%",
    ("   */ pilot After {", [("*/", "punctuation.definition.comment.end.pilot"), ("pilot", KW_DECL.format("pilot")), ("After", NAME.format("pilot"))]),
    ("x: 1 /* inline */ 2", [("inline", BCOMMENT), ("2", NUM)]),
    ("indicator ratio_2 { unit: percent }", [("ratio_2", NAME.format("indicator")), ("unit", PROP), ("percent", VAR)]),
])
