//! Every word the widgets show a reader, as whole-message templates with `{placeholders}`:
//! built in for English and Simplified Chinese, chosen by locale, and each replaceable through
//! the data's `strings` object (so any language can be supplied). Whole messages, not pieces
//! joined in code, so word order and phrasing stay the translator's ("占{parent}的{share}").

/// The messages, by key (the `strings` object's field names, in README order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Source,
    AssumedNote,
    AssumedValue,
    ShareOfTotal,
    ShareOfParent,
    Announcement,
    Other,
    OtherCount,
    LogScale,
    Up,
    Levels,
    KeyboardHelp,
    TreemapError,
    GaugeError,
    Table,
    NoBaseline,
    GapClosed,
    TargetPassed,
    BehindBaseline,
    NeedsBy,
    Needs,
    Since,
    SinceBaseline,
    TargetOf,
    TargetValue,
    LabelValue,
    BaselineValue,
    TargetCaption,
    TargetWord,
    Points,
    NowIn,
    ValueText,
    ValueTextNoBaseline,
    KeyGap,
    KeyBaseline,
    KeyTarget,
    Treemap,
    Tiers,
    TiersIn,
    TableColumns,
    DownloadCsv,
    Close,
}

const COUNT: usize = 42;

/// The `strings` keys, in [`Msg`] order.
pub const KEYS: [&str; COUNT] = [
    "source", "assumedNote", "assumedValue", "shareOfTotal", "shareOfParent", "announcement", "other", "otherCount", "logScale", "up",
    "levels", "keyboardHelp", "treemapError", "gaugeError", "table", "noBaseline", "gapClosed", "targetPassed", "behindBaseline", "needsBy",
    "needs", "since", "sinceBaseline", "targetOf", "targetValue", "labelValue", "baselineValue", "targetCaption", "targetWord", "points",
    "nowIn", "valueText", "valueTextNoBaseline", "keyGap", "keyBaseline", "keyTarget", "treemap", "tiers", "tiersIn",
    "tableColumns", "downloadCsv", "close",
];

const EN: [&str; COUNT] = [
    "Source: {source}",
    "* assumed value, not given by the source",
    "* Assumed value",
    "{share} of the total",
    "{share} of {parent}",
    "{path}, {value}, {share}",
    "Other (+{n}, {share})",
    "Other (+{n})",
    "{value} (log scale)",
    "↑ Up",
    "{title} levels",
    "{title}. Arrow keys move between cells, Enter opens a group, Escape goes back, Home returns to the top.",
    "This treemap could not be drawn",
    "This gauge could not be drawn",
    "Table",
    "No baseline given",
    "{share} of the gap closed",
    "target passed: {share} of the gap closed",
    "behind the baseline: {share} of the gap",
    "needs {change} by {label}",
    "needs {change}",
    "{change} since {label}",
    "{change} since the baseline",
    "{label} target: {value}",
    "target: {value}",
    "{label}: {value}",
    "baseline: {value}",
    "{label} target",
    "target",
    "{n} percentage points",
    "{value} in {label}",
    "{now}; {target}; {share} of the gap closed",
    "{target}; no baseline given",
    "gap still to close",
    "baseline",
    "target",
    "treemap",
    "Tiers",
    "Tiers, in {unit}",
    "Name | Tier path | Value | Share of parent | Share of total | Assumed",
    "Download CSV",
    "Close",
];

const ZH: [&str; COUNT] = [
    "来源：{source}",
    "* 为假设值，来源未给出",
    "* 假设值",
    "占总量的{share}",
    "占{parent}的{share}",
    "{path}，{value}，{share}",
    "其他（+{n}，{share}）",
    "其他（+{n}）",
    "{value}（对数刻度）",
    "↑ 上一级",
    "{title}层级",
    "{title}。方向键在单元格之间移动，回车键打开分组，Esc 键返回上一级，Home 键回到顶层。",
    "此树状图无法绘制",
    "此仪表无法绘制",
    "表格",
    "未给出基期值",
    "已完成差距的{share}",
    "已超过目标：完成差距的{share}",
    "低于基期：差距的{share}",
    "到{label}还需{change}",
    "还需{change}",
    "较{label}{change}",
    "较基期{change}",
    "{label}目标：{value}",
    "目标：{value}",
    "{label}：{value}",
    "基期：{value}",
    "{label}目标",
    "目标",
    "{n}个百分点",
    "{label}为{value}",
    "{now}；{target}；已完成差距的{share}",
    "{target}；未给出基期值",
    "尚待完成的差距",
    "基期",
    "目标",
    "树状图",
    "层级",
    "层级（单位：{unit}）",
    "名称 | 所属层级 | 数值 | 占上级比例 | 占总量比例 | 假设值",
    "下载 CSV",
    "关闭",
];

/// The messages of one widget: the built-in language's, with the data's overrides.
#[derive(Clone, Debug, PartialEq)]
pub struct Messages {
    builtin: &'static [&'static str; COUNT],
    overrides: Vec<(Msg, String)>,
}

impl Default for Messages {
    fn default() -> Self {
        Messages { builtin: &EN, overrides: Vec::new() }
    }
}

/// The message for a `strings` key, if there is one.
pub fn msg_of_key(key: &str) -> Option<Msg> {
    KEYS.iter().position(|k| *k == key).and_then(|i| ALL.get(i).copied())
}

const ALL: [Msg; COUNT] = {
    use Msg::*;
    [
        Source, AssumedNote, AssumedValue, ShareOfTotal, ShareOfParent, Announcement, Other, OtherCount, LogScale, Up, Levels, KeyboardHelp,
        TreemapError, GaugeError, Table, NoBaseline, GapClosed, TargetPassed, BehindBaseline, NeedsBy, Needs, Since, SinceBaseline, TargetOf,
        TargetValue, LabelValue, BaselineValue, TargetCaption, TargetWord, Points, NowIn, ValueText, ValueTextNoBaseline, KeyGap, KeyBaseline,
        KeyTarget, Treemap, Tiers, TiersIn, TableColumns, DownloadCsv, Close,
    ]
};

impl Messages {
    /// The built-in messages for a BCP 47 tag: Chinese for `zh…`, else English.
    pub fn for_locale(locale: Option<&str>) -> Self {
        let zh = locale.is_some_and(|l| l.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("zh")));
        Messages { builtin: if zh { &ZH } else { &EN }, overrides: Vec::new() }
    }

    /// These messages with `overrides` (from the data's `strings`) taking precedence.
    pub fn with(mut self, overrides: &[(Msg, String)]) -> Self {
        self.overrides.extend(overrides.iter().cloned());
        self
    }

    /// The template of `msg`.
    pub fn get(&self, msg: Msg) -> &str {
        match self.overrides.iter().rev().find(|(m, _)| *m == msg) {
            Some((_, text)) => text,
            None => self.builtin[msg as usize],
        }
    }

    /// `msg` with each `{name}` replaced by its value (unknown placeholders stay as written).
    pub fn fill(&self, msg: Msg, values: &[(&str, &str)]) -> String {
        fill(self.get(msg), values)
    }

    /// Every message, resolved, as (key, text) pairs (for the elements' own words).
    pub fn all(&self) -> impl Iterator<Item = (&'static str, &str)> {
        KEYS.iter().zip(ALL).map(move |(k, m)| (*k, self.get(m)))
    }
}

/// One pass over `template`: `{name}` becomes its value; text is never re-scanned, so a value
/// containing braces is inserted as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let value = after.find('}').and_then(|close| {
            let name = after.get(..close)?;
            values.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = after.get(close + 1..).unwrap_or_default();
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_once_and_keeps_unknown_ones() {
        assert_eq!(fill("{share} of {parent}", &[("share", "19%"), ("parent", "A {share}")]), "19% of A {share}");
        assert_eq!(fill("{x} {", &[]), "{x} {");
        assert_eq!(fill("占{parent}的{share}", &[("share", "19%"), ("parent", "未来产业集群")]), "占未来产业集群的19%");
    }

    #[test]
    fn keys_name_every_message_in_order_and_chinese_has_no_latin_words() {
        for (i, key) in KEYS.iter().enumerate() {
            assert_eq!(msg_of_key(key).map(|m| m as usize), Some(i), "{key}");
        }
        for text in ZH {
            let words = fill(text, &[]).split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() > 1).map(str::to_string).collect::<Vec<_>>();
            // Placeholders, key names (Esc, Home) and the file format (CSV) are the only Latin left.
            assert!(words.iter().all(|w| ["source", "share", "parent", "path", "value", "title", "label", "change", "now", "target", "unit", "Esc", "Home", "CSV"].contains(&w.as_str())), "{text}: {words:?}");
        }
    }

    #[test]
    fn overrides_win_and_locales_choose_the_language() {
        let m = Messages::for_locale(Some("zh-CN")).with(&[(Msg::Up, "↑ 返回".into())]);
        assert_eq!(m.get(Msg::Up), "↑ 返回");
        assert_eq!(m.get(Msg::Source), "来源：{source}");
        assert_eq!(Messages::for_locale(Some("de")).get(Msg::Up), "↑ Up");
        assert_eq!(Messages::for_locale(None).fill(Msg::ShareOfTotal, &[("share", "5%")]), "5% of the total");
    }
}
