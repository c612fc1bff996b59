/**
 * The 404 page's words. The page cannot read the query (Next renders it without the page's search params),
 * so it says everything in Chinese first and in English under it, its document title too ('… / …').
 */
export const NOT_FOUND_TEXT = {
  zh: {
    title: '找不到这个页面',
    body: '这个网址没有对应的页面：链接可能有误，或者页面已经移走。机构页的网址中的编号可能已不存在。',
    back: '返回总览',
    documentTitle: '找不到页面 · 年报透镜',
  },
  en: {
    title: 'Page not found',
    body: 'No page answers at this address: the link may be wrong, or the page has moved. An agency page’s number may no longer exist.',
    back: 'Back to the overview',
    documentTitle: 'Page not found · Nianbao Lens',
  },
};
