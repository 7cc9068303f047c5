import Domain

/// The word lists the demo data is drawn from: common surnames and given names, Putuo's streets
/// and some of their roads. Every person, committee and address made from them is fictional.
enum DemoNames {
    /// Common surnames, the most frequent first (drawn with a bias towards the front).
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严").map(String.init)

    /// Characters of given names, for residents of every age.
    static let givenCharacters = Array("秀英兰华建国明伟芳娟敏静丽强磊军洋勇艳杰涛超霞平刚桂珍玉梅凤红云海波宏志文斌辉俊峰婷雪琳慧颖佳晨浩宇欣怡子涵思萍德福荣祥根宝金林忠新春立德庆").map(String.init)

    /// A name: a surname and one or two given characters.
    static func person(_ rng: inout SplitMix64) -> String {
        let surname = surnames[min(rng.int(0...(surnames.count - 1)), rng.int(0...(surnames.count - 1)))]
        let first = rng.pick(givenCharacters)
        return rng.chance(0.25) ? surname + first : surname + first + rng.pick(givenCharacters)
    }

    /// Putuo district's streets and towns, each with some of its roads; committees are named after the roads.
    static let streets: [(name: String, roads: [String])] = [
        ("长寿路街道", ["长寿路", "武宁路", "常德路", "西康路", "胶州路", "安远路", "昌化路", "普雄路"]),
        ("曹家渡街道", ["万航渡路", "长宁支路", "康定路", "余姚路", "江宁路", "西康路北"]),
        ("甘泉路街道", ["甘泉路", "志丹路", "宜川路西", "黄陵路", "子长路", "延长西路"]),
        ("石泉路街道", ["石泉路", "铜川路", "洛川东路", "岚皋路", "中山北路", "延长路"]),
        ("宜川路街道", ["宜川路", "陕西北路", "中潭路", "普善路", "南石路", "光新路"]),
        ("真如镇街道", ["真如路", "曹杨路", "兰溪路", "杏山路", "梅川路", "铜川西路"]),
        ("长风新村街道", ["长风路", "大渡河路", "云岭东路", "枣阳路", "金沙江路", "怒江路"]),
        ("万里街道", ["万里路", "新村路", "富平路", "真华路", "城市路", "万镇路"]),
        ("长征镇", ["长征路", "同普路", "梅岭北路", "祁连山路", "金昌路", "白丽路"]),
        ("桃浦镇", ["桃浦路", "真南路", "武威路", "祁安路", "古浪路", "景泰路"]),
    ]

    static let chineseNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// 1 → 一, 12 → 十二, 27 → 二十七 (up to 99).
    static func chinese(_ n: Int) -> String {
        if n <= 10 { return chineseNumbers[n - 1] }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : chineseNumbers[tens - 1]) + "十" + (ones == 0 ? "" : chineseNumbers[ones - 1])
    }

    /// A mobile number: 13x–19x and eight digits.
    static func phone(_ rng: inout SplitMix64) -> String {
        "1" + rng.pick(["3", "5", "8", "9"]) + String(rng.int(0...9)) + String(format: "%08d", rng.int(0...99_999_999))
    }
}
