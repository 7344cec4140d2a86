/**
 * The industry groups and item names of the synthetic store. The grouping and the item names are
 * illustrative (a synthetic assumption): the domain notes say retail was 70% of e-invoices in 2019
 * but give no finer industry split and no item-level data. Shares and tickets are in calibration.ts.
 */

export const INDUSTRY_KEYS = [
  'convenience',
  'supermarket',
  'department',
  'drugstore',
  'electronics',
  'other-retail',
  'food',
  'fuel',
  'utilities',
  'services',
] as const;
export type IndustryKey = (typeof INDUSTRY_KEYS)[number];

export type Industry = { code: number; key: IndustryKey; name: string; nameEn: string; retail: boolean };
export type Item = { code: number; industry: IndustryKey; name: string; nameEn: string };

const DEFS: readonly [IndustryKey, string, string, boolean, string][] = [
  ['convenience', '便利商店', 'Convenience stores', true, '御飯糰/Rice ball|鮮乳/Fresh milk|瓶裝茶/Bottled tea|咖啡/Coffee|麵包/Bread|零食/Snacks|購物袋/Shopping bag'],
  ['supermarket', '超市及量販店', 'Supermarkets and hypermarkets', true, '蔬菜/Vegetables|水果/Fruit|肉品/Meat|白米/Rice|衛生紙/Toilet paper|洗衣精/Laundry detergent|調味料/Seasoning'],
  ['department', '百貨公司及購物中心', 'Department stores and malls', true, '服飾/Clothing|鞋類/Shoes|化妝品/Cosmetics|美食街餐點/Food-court meal|家居用品/Homeware'],
  ['drugstore', '藥妝及藥局', 'Drugstores and pharmacies', true, '保養品/Skincare|維他命/Vitamins|成藥/Over-the-counter medicine|口罩/Face masks|洗髮精/Shampoo'],
  ['electronics', '3C及家電', 'Electronics and appliances', true, '手機配件/Phone accessories|耳機/Earphones|充電器/Charger|家電/Home appliance|電腦周邊/Computer peripherals'],
  ['other-retail', '其他零售業', 'Other retail', true, '書籍/Books|文具/Stationery|五金/Hardware|寵物用品/Pet supplies|運動用品/Sports goods'],
  ['food', '餐飲業', 'Food and beverage services', false, '便當/Lunch box|飲料/Drink|麵食/Noodles|小吃/Snack dish|套餐/Set meal|甜點/Dessert'],
  ['fuel', '加油站', 'Fuel stations', false, '95無鉛汽油/95 unleaded petrol|92無鉛汽油/92 unleaded petrol|超級柴油/Diesel|洗車/Car wash'],
  ['utilities', '公用事業及電信', 'Utilities and telecoms', false, '電費/Electricity|水費/Water|電信費/Telecom bill|瓦斯費/Gas'],
  ['services', '其他服務業', 'Other services', false, '停車費/Parking|美髮/Hairdressing|洗衣/Laundry service|維修/Repairs|課程/Lessons'],
];

export const INDUSTRIES: readonly Industry[] = DEFS.map(([key, name, nameEn, retail], i) => ({ code: i + 1, key, name, nameEn, retail }));

export const ITEMS: readonly Item[] = DEFS.flatMap(([key, , , , items]) =>
  items.split('|').map((pair) => {
    const [name, nameEn] = pair.split('/') as [string, string];
    return { industry: key, name, nameEn };
  }),
).map((item, i) => ({ code: i + 1, ...item }));

export const industryByKey = (key: IndustryKey): Industry => INDUSTRIES.find((i) => i.key === key)!;
export const industryByCode = new Map(INDUSTRIES.map((i) => [i.code, i]));
