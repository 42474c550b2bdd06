-- The default templates (domain: Consignees). Both are data: privacy managers edit them.
insert into consignee_template (name, kind, pass_mark, reevaluation_months)
values ('委託先選定・評価基準（標準）', 'SELECTION', 70, 12),
       ('委託契約条項チェックリスト', 'CONTRACT', 100, 12);

insert into consignee_criterion (template_id, position, text, weight)
select t.id, c.position, c.text, c.weight
from consignee_template t
join (values
    (1, 'プライバシーマーク、JAPHICマーク、ISMS等の第三者認証を取得している（認証番号と有効期限を確認）', 20),
    (2, '個人情報保護に関する内部規程を定め、運用している', 15),
    (3, '個人情報保護の責任者（個人情報保護管理者等）を定めている', 10),
    (4, '物理的安全管理措置（入退室管理、機器・媒体の盗難防止、持出し管理）を講じている', 10),
    (5, '人的安全管理措置（従業者の教育、秘密保持の誓約）を講じている', 10),
    (6, '技術的安全管理措置（アクセス制御、不正アクセス対策、暗号化）を講じている', 10),
    (7, '再委託を管理している（再委託の事前承認、再委託先の選定と監督）', 10),
    (8, '過去に個人情報の漏えい等事案がない、又は原因究明と再発防止策が講じられている', 10),
    (9, '経営・財務が健全で、業務を継続して遂行できる', 5)
) as c (position, text, weight) on t.kind = 'SELECTION';

insert into consignee_criterion (template_id, position, text, weight)
select t.id, c.position, c.text, 10
from consignee_template t
join (values
    (1, '委託者及び受託者の責任の明確化'),
    (2, '個人情報の安全管理に関する事項（漏えい防止、委託契約範囲外の利用の禁止、無断の複写・複製の禁止）'),
    (3, '委託契約期間'),
    (4, '委託契約終了後の個人情報の返還、消去又は廃棄'),
    (5, '再委託の条件（委託者の事前の承認、再委託先への同等の義務付け）'),
    (6, '個人情報の取扱状況に関する委託者への報告の内容及び頻度'),
    (7, '委託契約の内容が遵守されていることを委託者が確認できること（実地の監査を含む）'),
    (8, '委託契約の内容が遵守されなかった場合の措置'),
    (9, '事件・事故が発生した場合の報告・連絡'),
    (10, '事件・事故が発生した場合の責任（損害賠償を含む）')
) as c (position, text) on t.kind = 'CONTRACT';
