/**
 * Traditional Chinese wording of the calibration table (lib/stats/synthetic/calibration.ts), for the
 * dataset pages. The figures and sources stay in calibration.ts; only the label and note are
 * translated here, and a unit test keeps the two tables' keys the same.
 */
import type { CalibrationId } from '../synthetic/calibration';

export const CALIBRATION_ZH: Record<CalibrationId, { label: string; note: string }> = {
  annualVolume2021: { label: '2021 年電子發票開立張數', note: '75.34 億張；決定 2021 年在合成樣本中的比重。' },
  annualVolume2025: { label: '2025 年電子發票開立張數（推算）', note: '約 98 億張，由兩個經兩個以上來源證實的數字推算而得。' },
  annualVolumeBetween: { label: '2022–2024 年電子發票開立張數', note: '查無 2022–2024 年數字：以 2021 與 2025 年之間的直線推估。' },
  cloudShare2021: { label: '2021 年雲端（載具）發票占比', note: '公布的是存入載具的比率；此處作為雲端發票（載具加捐贈）的比率使用。' },
  cloudShare2025: { label: '2025 年雲端發票占比', note: '與 2025 年 8 月前載具使用率 63.65%（聯合新聞網 9043572、9043757）相符。' },
  cloudShareBetween: { label: '2022–2024 年雲端發票占比', note: '查無 2022–2024 年逐年數字：以 2021 與 2025 年之間的直線推估。' },
  meanTicket: {
    label: '平均客單價',
    note: '為各營業人組別平均值的平均，此處作為每張發票的平均金額；查無官方全國平均發票金額。各年維持不變（假設）。',
  },
  ticketSpread: {
    label: '發票金額的分散程度（對數常態 σ）',
    note: '右尾偏重：中位數約為平均的 0.61 倍，1% 的發票高於平均約 6 倍。資料集 36862 各組平均值介於 61 至 48,869 元，顯示分散程度大，但未提供單張發票的分布。',
  },
  retailShare: { label: '零售業占電子發票比率', note: '2021–2025 年沿用 2019 年比率（假設：查無較新數字）。' },
  industryShares: { label: '各行業發票占比', note: '將有來源的「零售 70%／其他 30%」再細分：查無更細的行業數字。' },
  industryTicketIndex: { label: '各行業相對平均客單價', note: '經縮放，使依發票張數加權的全行業平均等於有來源的 428 元。' },
  itemsPerInvoice: { label: '各行業每張發票的平均品項數', note: '1 加上 Poisson(平均 − 1)，最多 10 項，且不超過以元計的金額。' },
  countyShareTaipei: { label: '臺北市發票占比', note: '2021–2025 年沿用 2019 年比率（假設）。' },
  countyShareNewTaipei: { label: '新北市發票占比', note: '2021–2025 年沿用 2019 年比率（假設）。' },
  countyWeightsOther: {
    label: '其餘 20 個縣市的相對權重',
    note: '只有臺北市與新北市有數字；其餘比率依約略的居住人口（以萬人計）分配，為概估，未經來源查核。',
  },
  townshipWeights: { label: '縣市內各鄉鎮市區的權重', note: '查無鄉鎮市區數字；代碼最前的鄉鎮市區（通常為縣市政府所在地）權重最大。' },
  mobileShareOfCarriers2021: { label: '2021 年手機條碼占載具發票比率', note: '另外 26% 為共通性載具（手機條碼、自然人憑證），以手機條碼模擬。' },
  mobileShareOfCarriers2025: { label: '2025 年手機條碼占載具發票比率', note: '中獎發票是全部發票的均勻隨機樣本，但使用載具的中獎者僅 162 位：為粗略估計。' },
  mobileShareOfCarriersBetween: { label: '2022–2024 年手機條碼占載具發票比率', note: '以 2021 與 2025 年之間的直線推估。' },
  storedValueShareOfOtherCarriers: {
    label: '電子票證占非手機條碼載具發票比率',
    note: '其餘以會員載具模擬（會員、公用事業、跨境電商電子郵件與信用卡載具合計）。各年維持不變（假設）。',
  },
  donationShare: {
    label: '捐贈發票（愛心碼）占全部發票比率',
    note: '查無全國數字。參考：2024 年約 4,100 萬張發票捐給單一基金會（約占全部 0.4%），114 年 9–12 月 163 位雲端發票大獎得主中有 1 張為捐贈發票。',
  },
  ageBands: { label: '載具持有人的年齡層', note: '查無依年齡的分布。' },
  genderShares: { label: '載具持有人的性別', note: '查無依性別的分布。' },
  weekdayWeights: { label: '星期別相對量（週一至週日）', note: '查無星期別數字。' },
  hourWeights: { label: '時段別相對量（00 至 23 時）', note: '查無時段別數字：假設用餐時段與晚間為高峰、深夜為低谷。' },
  sellersPerInvoice: { label: '每張合成發票對應的合成營業人數', note: '查無開立電子發票的營業人數；此值讓每格有足夠的營業人，使遮蔽規則的表現接近真實資料。' },
  sellerSizeSpread: { label: '營業人規模的分散程度（相對量的對數常態 σ）', note: '營業人規模不一；資料集 36862 顯示每營業人組別每月 16 至 309,155 張。' },
  invoicesPerBuyer: { label: '每位合成載具持有人在整個期間的合成發票數', note: '查無已核發的手機條碼數量。' },
  buyerActivitySkew: { label: '消費者活躍程度的偏態', note: '部分載具持有人消費次數遠多於其他人。' },
};
