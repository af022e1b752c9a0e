/** The transcript the save-loop child tags (shared with the test that spawns it). */
export const SAVE_LOOP_TEXT = '甲：今天天氣很好，我們去年營收達到420億元。\n乙：明天會下雨，我預計下半年的需求會更強。\n';
