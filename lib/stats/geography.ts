/**
 * Taiwan's 22 counties and cities and their 368 townships (鄉鎮市區), with the Ministry of the
 * Interior's administrative area codes (行政區域代碼) that data.gov.tw dataset 36862 also uses
 * (縣市代碼 5 digits, 鄉鎮市區代碼 8 digits).
 *
 * Source: the codes as listed in public code (zxc012/Taiwan-Bus-Taking `src/scripts/town-data.ts`);
 * Taipei's 12 codes agree with five other independent public files; the total of 368 townships
 * matches the national count. Within each county the township codes run 010, 020, … without gaps,
 * so the names below are listed in code order and the codes are derived from the position.
 * Geography is reference data, not a calibration figure: nothing here is a volume or a share.
 */

export type County = { code: string; name: string; nameEn: string };
export type Township = { code: string; name: string; county: County };

const COUNTY_TOWNS: readonly [code: string, name: string, nameEn: string, towns: string][] = [
  ['63000', '臺北市', 'Taipei City', '松山區 信義區 大安區 中山區 中正區 大同區 萬華區 文山區 南港區 內湖區 士林區 北投區'],
  ['64000', '高雄市', 'Kaohsiung City',
    '鹽埕區 鼓山區 左營區 楠梓區 三民區 新興區 前金區 苓雅區 前鎮區 旗津區 小港區 鳳山區 林園區 大寮區 大樹區 大社區 仁武區 鳥松區 岡山區 橋頭區 燕巢區 田寮區 阿蓮區 路竹區 湖內區 茄萣區 永安區 彌陀區 梓官區 旗山區 美濃區 六龜區 甲仙區 杉林區 內門區 茂林區 桃源區 那瑪夏區'],
  ['65000', '新北市', 'New Taipei City',
    '板橋區 三重區 中和區 永和區 新莊區 新店區 樹林區 鶯歌區 三峽區 淡水區 汐止區 瑞芳區 土城區 蘆洲區 五股區 泰山區 林口區 深坑區 石碇區 坪林區 三芝區 石門區 八里區 平溪區 雙溪區 貢寮區 金山區 萬里區 烏來區'],
  ['66000', '臺中市', 'Taichung City',
    '中區 東區 南區 西區 北區 西屯區 南屯區 北屯區 豐原區 東勢區 大甲區 清水區 沙鹿區 梧棲區 后里區 神岡區 潭子區 大雅區 新社區 石岡區 外埔區 大安區 烏日區 大肚區 龍井區 霧峰區 太平區 大里區 和平區'],
  ['67000', '臺南市', 'Tainan City',
    '新營區 鹽水區 白河區 柳營區 後壁區 東山區 麻豆區 下營區 六甲區 官田區 大內區 佳里區 學甲區 西港區 七股區 將軍區 北門區 新化區 善化區 新市區 安定區 山上區 玉井區 楠西區 南化區 左鎮區 仁德區 歸仁區 關廟區 龍崎區 永康區 東區 南區 北區 安南區 安平區 中西區'],
  ['68000', '桃園市', 'Taoyuan City', '桃園區 中壢區 大溪區 楊梅區 蘆竹區 大園區 龜山區 八德區 龍潭區 平鎮區 新屋區 觀音區 復興區'],
  ['10002', '宜蘭縣', 'Yilan County', '宜蘭市 羅東鎮 蘇澳鎮 頭城鎮 礁溪鄉 壯圍鄉 員山鄉 冬山鄉 五結鄉 三星鄉 大同鄉 南澳鄉'],
  ['10004', '新竹縣', 'Hsinchu County', '竹北市 竹東鎮 新埔鎮 關西鎮 湖口鄉 新豐鄉 芎林鄉 橫山鄉 北埔鄉 寶山鄉 峨眉鄉 尖石鄉 五峰鄉'],
  ['10005', '苗栗縣', 'Miaoli County',
    '苗栗市 苑裡鎮 通霄鎮 竹南鎮 頭份市 後龍鎮 卓蘭鎮 大湖鄉 公館鄉 銅鑼鄉 南庄鄉 頭屋鄉 三義鄉 西湖鄉 造橋鄉 三灣鄉 獅潭鄉 泰安鄉'],
  ['10007', '彰化縣', 'Changhua County',
    '彰化市 鹿港鎮 和美鎮 線西鄉 伸港鄉 福興鄉 秀水鄉 花壇鄉 芬園鄉 員林市 溪湖鎮 田中鎮 大村鄉 埔鹽鄉 埔心鄉 永靖鄉 社頭鄉 二水鄉 北斗鎮 二林鎮 田尾鄉 埤頭鄉 芳苑鄉 大城鄉 竹塘鄉 溪州鄉'],
  ['10008', '南投縣', 'Nantou County', '南投市 埔里鎮 草屯鎮 竹山鎮 集集鎮 名間鄉 鹿谷鄉 中寮鄉 魚池鄉 國姓鄉 水里鄉 信義鄉 仁愛鄉'],
  ['10009', '雲林縣', 'Yunlin County',
    '斗六市 斗南鎮 虎尾鎮 西螺鎮 土庫鎮 北港鎮 古坑鄉 大埤鄉 莿桐鄉 林內鄉 二崙鄉 崙背鄉 麥寮鄉 東勢鄉 褒忠鄉 臺西鄉 元長鄉 四湖鄉 口湖鄉 水林鄉'],
  ['10010', '嘉義縣', 'Chiayi County',
    '太保市 朴子市 布袋鎮 大林鎮 民雄鄉 溪口鄉 新港鄉 六腳鄉 東石鄉 義竹鄉 鹿草鄉 水上鄉 中埔鄉 竹崎鄉 梅山鄉 番路鄉 大埔鄉 阿里山鄉'],
  ['10013', '屏東縣', 'Pingtung County',
    '屏東市 潮州鎮 東港鎮 恆春鎮 萬丹鄉 長治鄉 麟洛鄉 九如鄉 里港鄉 鹽埔鄉 高樹鄉 萬巒鄉 內埔鄉 竹田鄉 新埤鄉 枋寮鄉 新園鄉 崁頂鄉 林邊鄉 南州鄉 佳冬鄉 琉球鄉 車城鄉 滿州鄉 枋山鄉 三地門鄉 霧臺鄉 瑪家鄉 泰武鄉 來義鄉 春日鄉 獅子鄉 牡丹鄉'],
  ['10014', '臺東縣', 'Taitung County',
    '臺東市 成功鎮 關山鎮 卑南鄉 鹿野鄉 池上鄉 東河鄉 長濱鄉 太麻里鄉 大武鄉 綠島鄉 海端鄉 延平鄉 金峰鄉 達仁鄉 蘭嶼鄉'],
  ['10015', '花蓮縣', 'Hualien County', '花蓮市 鳳林鎮 玉里鎮 新城鄉 吉安鄉 壽豐鄉 光復鄉 豐濱鄉 瑞穗鄉 富里鄉 秀林鄉 萬榮鄉 卓溪鄉'],
  ['10016', '澎湖縣', 'Penghu County', '馬公市 湖西鄉 白沙鄉 西嶼鄉 望安鄉 七美鄉'],
  ['10017', '基隆市', 'Keelung City', '中正區 七堵區 暖暖區 仁愛區 中山區 安樂區 信義區'],
  ['10018', '新竹市', 'Hsinchu City', '東區 北區 香山區'],
  ['10020', '嘉義市', 'Chiayi City', '東區 西區'],
  ['09020', '金門縣', 'Kinmen County', '金城鎮 金沙鎮 金湖鎮 金寧鄉 烈嶼鄉 烏坵鄉'],
  ['09007', '連江縣', 'Lienchiang County', '南竿鄉 北竿鄉 莒光鄉 東引鄉'],
];

export const COUNTIES: readonly County[] = COUNTY_TOWNS.map(([code, name, nameEn]) => ({ code, name, nameEn }));

export const TOWNSHIPS: readonly Township[] = COUNTY_TOWNS.flatMap(([code, , , towns], i) =>
  towns.split(' ').map((name, j) => ({ code: `${code}${String((j + 1) * 10).padStart(3, '0')}`, name, county: COUNTIES[i]! })),
);

const countyByCode = new Map(COUNTIES.map((c) => [c.code, c]));
const townshipByCode = new Map(TOWNSHIPS.map((t) => [t.code, t]));

export function countyByCodeOrThrow(code: string): County {
  const c = countyByCode.get(code);
  if (!c) throw new Error(`unknown county code ${code}`);
  return c;
}

export function townshipByCodeOrThrow(code: string): Township {
  const t = townshipByCode.get(code);
  if (!t) throw new Error(`unknown township code ${code}`);
  return t;
}

/** The database keeps codes as integers (cheap to group by); the leading zero of 09xxx comes back here. */
export const countyCodeText = (n: number): string => String(n).padStart(5, '0');
export const townshipCodeText = (n: number): string => String(n).padStart(8, '0');
