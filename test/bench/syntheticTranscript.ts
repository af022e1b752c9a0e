/**
 * A reproducible synthetic interview transcript in Traditional Chinese with some English, for the
 * re-anchoring benchmark (no dependency on sample files outside the repo).
 */

/** Deterministic PRNG (mulberry32), so every run measures the same text and edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  '我們 你們 他們 這個 那個 今天 明年 預計 認爲 覺得 應該 可能 一定 發展 經濟 問題 時間 機會 電腦 國際 晶片 產業 ' +
  '競爭 優秀 實現 模型 訓練 計算 數據 價格 銷售 營收 增長 市場 關係 政府 開發 團隊 學習 網絡 軟體 硬體 記憶體 ' +
  '處理器 顯示卡 資料中心 雲端 人工智慧 機器人 自動駕駛 製造 供應鏈 臺灣 美國 中國 歐洲 日本 韓國 出貨 需求 ' +
  '擴建 工廠 投資 研究 設計 測試 標準 規則 監管 出口 進口 關稅 貿易 客戶 夥伴 合作 未來 過去 現在 已經 還是 ' +
  '非常 特別 重要 簡單 困難 複雜 穩定 快速 緩慢 增加 減少 提高 降低 變化 趨勢 預測 結果 報告 會議 專訪 記者 ' +
  '回答 提問 說明 解釋 強調 表示 認識 理解 討論 決定 選擇 條件 環境 能源 電力 效率 成本 利潤 資本 股價 ' +
  '員工 人才 教育 學校 大學 實驗室 突破 創新 產品 服務 平臺 生態 開放 封閉 安全 隱私 風險 挑戰 壓力 動力 ' +
  '裏面 外面 東西 時候 地方 國家 城市 北京 台北 上海 深圳 矽谷 華爲 英偉達 黃仁勳 陳立文 林雅婷 ' +
  '的 了 是 在 有 和 也 都 就 會 要 說 對 還 把 被 讓 給 從 向 跟 比 更 最 很 太 又 再 才 只 '
).trim().split(/\s+/);

const ENGLISH = (
  'the chips demand supply chain data center model training inference GPU CPU memory power cost we expect ' +
  'next year growth market customers partners research AI robotics software hardware platform open'
).split(/\s+/);

const SPEAKERS = ['林雅婷', '陳立文', '黃仁勳', '主持人'];
const PUNCTUATION = ['，', '，', '，', '。', '。', '？', '！', '、'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A random run of words, for inserted text. */
export function randomWords(random: () => number, approximateLength: number): string {
  let out = '';
  while (out.length < approximateLength) out += pick(random, WORDS);
  return out.slice(0, approximateLength);
}

/** About `targetBytes` of UTF-8: speaker-labelled paragraphs of Chinese sentences with English phrases. */
export function syntheticTranscript(targetBytes: number, random: () => number): string {
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const sentences: string[] = [];
    const sentenceCount = 1 + Math.floor(random() * 5);
    for (let s = 0; s < sentenceCount; s++) {
      let sentence = '';
      const words = 6 + Math.floor(random() * 18);
      for (let w = 0; w < words; w++) {
        if (random() < 0.06) sentence += ` ${pick(random, ENGLISH)} ${pick(random, ENGLISH)} `;
        else sentence += pick(random, WORDS);
        if (random() < 0.12) sentence += pick(random, PUNCTUATION);
      }
      if (random() < 0.2) sentence += `${Math.floor(random() * 1000)}%`;
      sentences.push(sentence + '。');
    }
    const paragraph = `${pick(random, SPEAKERS)}：\n${sentences.join('')}\n`;
    paragraphs.push(paragraph);
    bytes += new TextEncoder().encode(paragraph).length + 1;
  }
  return paragraphs.join('\n');
}
